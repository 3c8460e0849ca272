using Newtonsoft.Json.Linq;

namespace Majordome.Cards;

/// <summary>JSON paths in the "$.body[0].text" form used by every message of this project.</summary>
internal static class JsonPaths
{
    public static string Of(JToken token)
    {
        var path = token.Path;
        return path.Length == 0 ? "$" : path.StartsWith('[') ? "$" + path : "$." + path;
    }
}
