namespace ArticleApi.Auth;

/// <summary>
/// Reads are public; writes need a JWT bearer token with role "editor". Token validation is configured
/// under Authentication:Schemes:Bearer, so any OpenID Connect provider (or dotnet user-jwts) plugs in.
/// </summary>
public static class EditorAuthentication
{
    public const string EditorPolicy = "editor";
    public const string EditorRole = "editor";

    public static IServiceCollection AddEditorAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddJwtBearer();
        services.AddAuthorizationBuilder().AddPolicy(EditorPolicy, policy => policy.RequireRole(EditorRole));
        return services;
    }
}
