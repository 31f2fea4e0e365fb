# syntax=docker/dockerfile:1
# Build: the restore layer is cached until a project file or package version changes.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ArticleApi/ArticleApi.csproj src/ArticleApi/
RUN dotnet restore src/ArticleApi/ArticleApi.csproj
COPY samples/ samples/
COPY src/ src/
RUN dotnet publish src/ArticleApi/ArticleApi.csproj --configuration Release --no-restore --output /app

# Run: the ASP.NET Core runtime only, as the image's non-root "app" user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER $APP_UID
# The runtime image has no curl or wget: the API's own assembly asks /health/live and exits 0 or 1.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "ArticleApi.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "ArticleApi.dll"]
