using System.Globalization;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Flows.Actions;

/// <summary>What an action is given: the turn, the flow, the customer's language and the step's arguments.</summary>
/// <param name="TurnContext">The turn (the customer, the channel, user state).</param>
/// <param name="FlowId">The flow running the step.</param>
/// <param name="Language">The customer's language ("fr" or "en").</param>
/// <param name="Arguments">The <c>with:</c> values, their {variables} filled: texts, numbers (decimal), yes/no (bool) or null.</param>
/// <param name="RequestedOutputs">The outputs the step's <c>into:</c> maps into variables (a webhook reads them as JSON paths).</param>
public sealed record FlowActionContext(
    ITurnContext TurnContext,
    string FlowId,
    string Language,
    IReadOnlyDictionary<string, object?> Arguments,
    IReadOnlyCollection<string> RequestedOutputs)
{
    /// <summary>The argument as a non-blank text, or null.</summary>
    public string? Text(string name) => Arguments.GetValueOrDefault(name) switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    /// <summary>The argument as a number ("2", "2,5" and "2.5" read), or null.</summary>
    public decimal? Number(string name) => Arguments.GetValueOrDefault(name) switch
    {
        decimal d => d,
        string s when decimal.TryParse(s.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>The argument as yes/no (true, yes, oui, 1…), or null.</summary>
    public bool? Flag(string name) => Arguments.GetValueOrDefault(name) switch
    {
        bool b => b,
        decimal d => d != 0,
        string s => s.Trim().ToLowerInvariant() switch
        {
            "true" or "yes" or "oui" or "1" or "✓" => true,
            "false" or "no" or "non" or "0" or "✗" => false,
            _ => null,
        },
        _ => null,
    };
}
