using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// The persisted shape of a waterfall instance: Bot Framework's keys ("options", "values", "stepIndex",
/// "instanceId") plus "history", the steps that asked the user something, each with the values and the
/// result it started from, so the user can go back and a step can be asked again in another language.
/// </summary>
internal static class WaterfallState
{
    public const string OptionsKey = "options";
    public const string ValuesKey = "values";
    public const string StepIndexKey = "stepIndex";
    public const string InstanceIdKey = "instanceId";
    public const string HistoryKey = "history";

    public static DialogValues GetValues(DialogInstance instance) => new(GetObject(instance.State, ValuesKey));

    public static int GetStepIndex(DialogInstance instance) => instance.State.Value<int?>(StepIndexKey) ?? 0;

    public static JArray GetHistory(DialogInstance instance)
    {
        if (instance.State[HistoryKey] is not JArray history)
        {
            history = [];
            instance.State[HistoryKey] = history;
        }

        return history;
    }

    /// <summary>A history entry: the step, the result it received and the values before it ran.</summary>
    public static JObject Snapshot(int step, object? result, DialogInstance instance) => new()
    {
        ["step"] = step,
        ["result"] = JsonValue.From(result),
        ["values"] = GetObject(instance.State, ValuesKey).DeepClone(),
    };

    private static JObject GetObject(JObject state, string key)
    {
        if (state[key] is not JObject value)
        {
            value = [];
            state[key] = value;
        }

        return value;
    }
}
