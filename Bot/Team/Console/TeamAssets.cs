using System.Collections.Frozen;
using System.Reflection;

namespace Majordome.Bot.Team.Console;

/// <summary>
/// The console's style and scripts, embedded in the assembly (no front-end build, no wwwroot). They hold nothing
/// secret, so the sign-in page may load the style before anyone is signed in.
/// </summary>
public static class TeamAssets
{
    private static readonly FrozenDictionary<string, (string ContentType, string Text)> Files = new[]
    {
        ("console.css", "text/css; charset=utf-8"),
        ("queue.js", "text/javascript; charset=utf-8"),
        ("conversation.js", "text/javascript; charset=utf-8"),
    }.ToFrozenDictionary(f => f.Item1, f => (f.Item2, Read(f.Item1)), StringComparer.Ordinal);

    /// <summary>GET /team/assets/{name}: one of the files, or 404.</summary>
    public static IResult Serve(string name, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!Files.TryGetValue(name, out var file))
        {
            return Results.NotFound();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Text(file.Text, file.ContentType);
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Majordome.Bot.Team.Console.Assets.{name}")
            ?? throw new InvalidOperationException($"The team console's asset {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
