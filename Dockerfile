# Majordome in the official .NET container images: built with the SDK image, run on the ASP.NET Core runtime image
# as its non-root user ($APP_UID), listening on port 8080 (ASPNETCORE_HTTP_PORTS, which the runtime image sets).
#   docker build -t majordome .
#   docker run -p 8080:8080 --env-file majordome.env -v majordome-data:/var/lib/majordome --stop-timeout 35 majordome
# A brand's own content: mount it over /app/brand, or mount it elsewhere and set Brand__ContentDirectory.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Only what the bot's build reads: the central props, the Bot Framework and Recognizers recipes, the three
# projects, the shipped appsettings.json and brand content (published next to the binaries).
COPY Directory.Build.props Directory.Packages.props appsettings.json ./
COPY eng/ eng/
COPY Cards/ Cards/
COPY Dialogs/ Dialogs/
COPY Bot/ Bot/
COPY brand/ brand/
RUN dotnet publish Bot/Majordome.Bot.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
# The runtime image has no HTTP client for the health check below.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
# Conversation state and the business database (SQLite) outlive the container: a volume the app user may write.
RUN mkdir -p /var/lib/majordome && chown "$APP_UID" /var/lib/majordome
ENV Storage__DataDirectory=/var/lib/majordome
VOLUME /var/lib/majordome
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
EXPOSE 8080
# /healthz is liveness (the process and its storage answer); a load balancer should route on /readyz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS "http://localhost:${ASPNETCORE_HTTP_PORTS:-8080}/healthz" || exit 1
ENTRYPOINT ["dotnet", "Majordome.Bot.dll"]
