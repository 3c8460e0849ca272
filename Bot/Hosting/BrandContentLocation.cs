namespace Majordome.Bot.Hosting;

/// <summary>
/// Where a relative Brand:ContentDirectory is: under the content root (the working directory: <c>dotnet run</c> in
/// the repository, <c>dotnet Majordome.Bot.dll</c> in a published folder), or else next to the binaries, where
/// <c>dotnet publish</c> puts the shipped brand/ (a service started from another folder, a container's WORKDIR
/// elsewhere). A folder found in neither place is left as configured, for the start-up check to name.
/// </summary>
public static class BrandContentLocation
{
    /// <summary>The folder to read <paramref name="configured"/> from.</summary>
    public static string Resolve(string configured, string contentRoot, string binaries)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        ArgumentNullException.ThrowIfNull(binaries);
        if (string.IsNullOrWhiteSpace(configured) || Path.IsPathRooted(configured))
        {
            return configured;
        }

        foreach (var root in new[] { contentRoot, binaries })
        {
            var candidate = Path.GetFullPath(Path.Combine(root, configured));
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return configured;
    }
}
