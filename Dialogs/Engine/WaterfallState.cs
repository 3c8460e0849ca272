using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Engine;

/// <summary>
/// The persisted shape of a waterfall instance: Bot Framework's keys ("options", "values", "stepIndex",
/// "instanceId") plus "history", the steps that asked the user something, each with the values and the
/// result it started from, so the user can go back and a step can be asked again in another language.
/// An entry keeps only how its values differ from the entry before ("set", "unset"): the state is written on every
/// turn, and whole copies grew with the square of the questions asked. Entries stored whole ("values", by earlier
/// versions) are still read, and start the count again.
/// </summary>
internal static class WaterfallState
{
    public const string OptionsKey = "options";
    public const string ValuesKey = "values";
    public const string StepIndexKey = "stepIndex";
    public const string InstanceIdKey = "instanceId";
    public const string HistoryKey = "history";
    public const string StepKey = "step";
    public const string ResultKey = "result";
    public const string WholeValuesKey = "values";
    public const string SetKey = "set";
    public const string UnsetKey = "unset";

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

    /// <summary>
    /// A history entry, in memory: the step, the result it received and the values before it ran. It becomes part of
    /// the history with <see cref="Remember"/>.
    /// </summary>
    public static JObject Snapshot(int step, object? result, DialogInstance instance) => new()
    {
        [StepKey] = step,
        [ResultKey] = JsonValue.From(result),
        [WholeValuesKey] = GetObject(instance.State, ValuesKey).DeepClone(),
    };

    /// <summary>Adds <paramref name="snapshot"/> to the history, its values kept as a change from the last entry's.</summary>
    public static void Remember(DialogInstance instance, JObject snapshot)
    {
        var history = GetHistory(instance);
        var before = ValuesAt(history, history.Count - 1);
        var values = snapshot[WholeValuesKey] as JObject ?? [];
        snapshot.Remove(WholeValuesKey);
        if (snapshot[ResultKey] is null or { Type: JTokenType.Null })
        {
            snapshot.Remove(ResultKey);
        }

        var set = new JObject(values.Properties().Where(p => !JToken.DeepEquals(before[p.Name], p.Value)).Select(p => new JProperty(p.Name, p.Value.DeepClone())));
        var unset = new JArray(before.Properties().Where(p => !values.ContainsKey(p.Name)).Select(p => p.Name));
        if (set.Count > 0)
        {
            snapshot[SetKey] = set;
        }

        if (unset.Count > 0)
        {
            snapshot[UnsetKey] = unset;
        }

        history.Add(snapshot);
    }

    /// <summary>The values entry <paramref name="index"/> of <paramref name="history"/> started from (none before the first).</summary>
    public static JObject ValuesAt(JArray history, int index)
    {
        var values = new JObject();
        for (var i = 0; i <= index && i < history.Count; i++)
        {
            if (history[i] is not JObject entry)
            {
                continue;
            }

            if (entry[WholeValuesKey] is JObject whole)
            {
                values = (JObject)whole.DeepClone();
                continue;
            }

            foreach (var property in (entry[SetKey] as JObject)?.Properties() ?? [])
            {
                values[property.Name] = property.Value.DeepClone();
            }

            foreach (var name in (entry[UnsetKey] as JArray)?.Values<string>() ?? [])
            {
                values.Remove(name!);
            }
        }

        return values;
    }

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
