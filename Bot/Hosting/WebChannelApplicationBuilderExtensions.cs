namespace Majordome.Bot.Hosting;

/// <summary>The middleware the web channel needs before the endpoints run.</summary>
public static class WebChannelApplicationBuilderExtensions
{
    /// <summary>Adds WebSockets (the Direct Line stream) and CORS (the Direct Line routes' policy).</summary>
    public static IApplicationBuilder UseMajordomeWebChannel(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.UseCors();
        return app;
    }
}
