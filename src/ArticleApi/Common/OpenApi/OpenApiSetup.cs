using ArticleApi.Health;
using Microsoft.OpenApi;

namespace ArticleApi.Common.OpenApi;

public static class OpenApiSetup
{
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "ArticleApi",
                Version = "v1",
                Description = """
                    Wire-service news articles: editors post and correct agency copy; anyone reads it back,
                    paged and filtered by source, date, language and the entities it mentions.

                    Writes need a bearer token with role `editor` (use **Authorize**). Every error is an
                    RFC 9457 `application/problem+json` document; validation errors list each field in `errors`.
                    """,
            });
            options.IncludeXmlComments(typeof(Program).Assembly);
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT with role `editor`. Locally: `./dev.sh token` prints one.",
            });
            options.SchemaFilter<ValidationRulesSchemaFilter>();
            options.SchemaFilter<UnmappedMembersSchemaFilter>();
            options.ParameterFilter<ValidationRulesSchemaFilter>();
            options.OperationFilter<AuthorizationOperationFilter>();
            options.OperationFilter<ExampleOperationFilter>();
            options.OperationFilter<AlternateRequestBodyOperationFilter>();
            options.OperationFilter<AlternateResponseBodyOperationFilter>();
            options.DocumentFilter<HealthDocumentFilter>();
            options.SupportNonNullableReferenceTypes();
        });
        return services;
    }

    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "ArticleApi v1");
            options.DocumentTitle = "ArticleApi";
            options.EnableTryItOutByDefault();
            options.DisplayRequestDuration();
        });
        return app;
    }
}
