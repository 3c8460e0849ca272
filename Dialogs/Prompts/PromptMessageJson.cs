using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// What a waiting prompt keeps of a message it may send again (its question, reprompt, retry prompt, help, give-up
/// message): what the dialog said in it (text, speech, its own buttons and cards), without the envelope every
/// message shares. The dialog state is written on every turn, so each byte kept here is paid on every turn until
/// the question is answered. The choices' buttons are not kept at all: the prompt draws them from its choices when
/// it sends the question (see <see cref="Prompt{T}"/>'s <c>Decorate</c>).
/// </summary>
internal static class PromptMessageJson
{
    private const string TypeKey = "type";
    private const string InputHintKey = "inputHint";
    private const string AttachmentsKey = "attachments";
    private const string EntitiesKey = "entities";

    /// <summary>
    /// The message without what <see cref="Restore"/> puts back: the "message" type, the usual input hint and
    /// empty attachment and entity lists.
    /// </summary>
    public static void Compact(JToken? stored)
    {
        if (stored is not JObject message)
        {
            return;
        }

        if (message.Value<string>(TypeKey) == ActivityTypes.Message)
        {
            message.Remove(TypeKey);
        }

        // A message that had no hint keeps saying so, so that it is restored without one rather than with the usual one.
        if (message[InputHintKey] is null)
        {
            message[InputHintKey] = JValue.CreateNull();
        }
        else if (message.Value<string>(InputHintKey) == InputHints.AcceptingInput)
        {
            message.Remove(InputHintKey);
        }

        RemoveIfEmpty(message, AttachmentsKey);
        RemoveIfEmpty(message, EntitiesKey);
    }

    /// <summary>
    /// Puts back what <see cref="Compact"/> left out; a message stored whole (by an earlier version, before it
    /// compacted them) is read unchanged.
    /// </summary>
    public static void Restore(Activity? message, JToken? stored)
    {
        if (message is null || stored is not JObject json)
        {
            return;
        }

        message.Type ??= ActivityTypes.Message;
        if (!json.ContainsKey(InputHintKey))
        {
            message.InputHint = InputHints.AcceptingInput;
        }

        message.Attachments ??= [];
        message.Entities ??= [];
    }

    private static void RemoveIfEmpty(JObject message, string key)
    {
        if (message[key] is JArray { Count: 0 })
        {
            message.Remove(key);
        }
    }
}
