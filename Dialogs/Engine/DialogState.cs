using Newtonsoft.Json;

namespace Majordome.Dialogs.Engine;

/// <summary>The persisted dialog stack: index 0 is the active dialog, as in Bot Framework.</summary>
public sealed class DialogState
{
    /// <summary>The stack of dialog instances, top first.</summary>
    [JsonProperty("dialogStack")]
    public List<DialogInstance> DialogStack { get; set; } = [];
}
