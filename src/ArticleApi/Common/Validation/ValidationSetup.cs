using System.Text.Json;
using FluentValidation;

namespace ArticleApi.Common.Validation;

public static class ValidationSetup
{
    public static IServiceCollection AddApiValidation(this IServiceCollection services)
    {
        ConfigureMessages();
        return services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: true);
    }

    /// <summary>FluentValidation's settings are process-wide; validator unit tests call this too.</summary>
    public static void ConfigureMessages()
    {
        // Errors name fields as clients write them: "entities[0].name", not "Entities[0].Name".
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.LanguageManager.Enabled = false;
        // One message per field: "must not be empty", not also "must be a valid code" for the same empty value.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
    }
}
