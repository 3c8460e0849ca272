using Majordome.Bot.Content;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.Hosting;

/// <summary>The middleware the web channel needs before the endpoints run.</summary>
public static class WebChannelApplicationBuilderExtensions
{
    /// <summary>How long browsers and platforms may keep a product picture before asking again (then with its ETag).</summary>
    public static readonly TimeSpan MediaMaxAge = TimeSpan.FromDays(1);

    /// <summary>
    /// Adds WebSockets (the Direct Line stream), CORS (the Direct Line routes' policy) and the brand's product
    /// pictures (brand/images) under <c>/media/</c>, cached for a day and revalidated with their ETag.
    /// </summary>
    public static IApplicationBuilder UseMajordomeWebChannel(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.UseCors();
        var content = app.ApplicationServices.GetRequiredService<IOptions<BrandContentOptions>>().Value.ContentDirectory;
        var images = Path.Combine(Path.GetFullPath(content), ProductImages.FolderName);
        if (Directory.Exists(images))
        {
            var maxAge = $"public, max-age={(int)MediaMaxAge.TotalSeconds}";
            // Pictures only: no SVG (it can carry script) and nothing else that may sit in the folder.
            var types = new FileExtensionContentTypeProvider(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                [".jpg"] = "image/jpeg",
                [".jpeg"] = "image/jpeg",
                [".png"] = "image/png",
                [".webp"] = "image/webp",
                [".gif"] = "image/gif",
            });
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(images),
                ContentTypeProvider = types,
                RequestPath = ProductImages.MediaPath,
                OnPrepareResponse = context =>
                {
                    context.Context.Response.Headers.CacheControl = maxAge;
                    context.Context.Response.Headers.XContentTypeOptions = "nosniff";

                    // Pictures are shown by other sites' pages (a brand's own Web Chat) and by Meta's servers.
                    context.Context.Response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
                },
            });
        }

        return app;
    }
}
