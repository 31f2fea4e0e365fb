using ArticleApi.Articles;
using ArticleApi.Articles.History;
using ArticleApi.Auth;
using ArticleApi.Common.Json;
using ArticleApi.Common.Limits;
using ArticleApi.Common.Logging;
using ArticleApi.Common.OpenApi;
using ArticleApi.Common.Problems;
using ArticleApi.Common.Telemetry;
using ArticleApi.Common.Validation;
using ArticleApi.Database;
using ArticleApi.Entities;
using ArticleApi.Health;
using ArticleApi.Idempotency;
using ArticleApi.Import;
using ArticleApi.Sources;

// The container's HEALTHCHECK: `dotnet ArticleApi.dll healthcheck` asks the running API and exits.
if (HealthProbe.IsRequested(args))
{
    Environment.ExitCode = await HealthProbe.RunAsync(args);
    return;
}

// Bulk import: `dotnet ArticleApi.dll import [options] PATH…` stores files of articles and exits (--help).
if (ImportCommand.IsRequested(args))
{
    Environment.ExitCode = await ImportCommand.RunAsync(args);
    return;
}

var builder = WebApplication.CreateBuilder(args);

// Operability: logs, traces and metrics, limits
builder.AddApiLogging();
builder.AddApiTelemetry();
builder.Services.AddApiLimits();

// Data
builder.AddDatabase();
builder.Services.AddArticles();
builder.Services.AddArticleHistory();
builder.Services.AddEntities();
builder.Services.AddSources();
builder.Services.AddIdempotency();

// HTTP contract: JSON, problems, validation, auth, OpenAPI
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddApiJson();
builder.Services.AddApiProblems();
builder.Services.AddApiValidation();
builder.Services.AddEditorAuthentication();
builder.Services.AddApiDocumentation();

var app = builder.Build();

// Pipeline
app.UseApiMetrics();
app.UseApiRequestLogging();
app.UseApiProblems();
app.UseDatabaseAvailability();
app.UseApiDocumentation();
app.UseAuthentication();
app.UseApiLimits();
app.UseAuthorization();
app.UseIdempotency();

// Endpoints
app.MapHealth();
app.MapArticles();
app.MapArticleHistory();
app.MapEntities();
app.MapSources();

app.Run();

public partial class Program;
