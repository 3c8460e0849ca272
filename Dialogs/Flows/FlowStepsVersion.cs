using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// A short stable hash of a flow's steps only: a new title, trigger or comment in the file leaves it as it is, so
/// customers in the middle of the flow carry on; a changed step changes it, and they start the flow again.
/// Stable across processes (unlike GetHashCode), because a conversation saved by one process resumes in another.
/// </summary>
public static class FlowStepsVersion
{
    // Every public property of each step's own type, with the type's name so "end" and "goto" never look alike.
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Objects,
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Simple,
        Formatting = Formatting.None,
    };

    /// <summary>The hash of <paramref name="steps"/>: 16 lower-case hexadecimal digits.</summary>
    public static string Of(IReadOnlyList<FlowStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var json = JsonConvert.SerializeObject(steps, Settings);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16].ToLowerInvariant();
    }
}
