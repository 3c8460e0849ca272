using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// One entry of the dialog stack. Unlike Bot Framework, its state is a <see cref="JObject"/>:
/// plain JSON from the start, so what a dialog reads in the turn that wrote it is exactly what it
/// reads after a restart (no <c>long</c>-versus-<c>int</c> or <c>JObject</c>-versus-POCO surprises).
/// </summary>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog this entry runs.</summary>
    [JsonProperty("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>The dialog's own persisted data (options, values, step index...).</summary>
    [JsonProperty("state")]
    public JObject State { get; set; } = [];

    /// <summary>The inner stack of a container dialog (<see cref="ComponentDialog"/>); null for other dialogs.</summary>
    [JsonProperty("dialogs", NullValueHandling = NullValueHandling.Ignore)]
    public DialogState? Dialogs { get; set; }

    /// <summary>The dialog's version when this entry began: its <see cref="DialogVersion"/> stamp.</summary>
    [JsonProperty("version", NullValueHandling = NullValueHandling.Ignore)]
    public string? Version { get; set; }
}
