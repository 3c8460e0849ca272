using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Diagnostics;

/// <summary>
/// The flow a turn worked in, for the traces and the turn metrics: the innermost dialog with an
/// <see cref="Dialog.AnalyticsName"/> on the stack after the turn, or the one before it when the turn ended it
/// (the booking's "oui" belongs to the booking), or <see cref="None"/>. Flow names are the dialogs' analytics
/// names, a short fixed list (built-in flows and the marketer's flow ids), so they are fit as metric dimensions.
/// </summary>
public static class TurnFlow
{
    /// <summary>The flow of a turn in no flow (greeting, menu, small talk).</summary>
    public const string None = "none";

    private const string Key = "Majordome.Flow";

    /// <summary>The flow <see cref="DialogManager"/> recorded for this turn, or null when it did not (telemetry off, no dialog turn).</summary>
    public static string? Get(ITurnContext turnContext) => TurnItems.Get<string>(turnContext, Key);

    internal static void Set(ITurnContext turnContext, string flow) => TurnItems.Set(turnContext, Key, flow);

    /// <summary>The innermost active dialog's analytics name in <paramref name="root"/>'s tree, or null.</summary>
    internal static string? Active(DialogContext root)
    {
        string? flow = null;
        for (var dc = root; dc is not null; dc = dc.Child)
        {
            if (dc.ActiveDialog is { } active && dc.FindDialog(active.Id)?.AnalyticsName is { } name)
            {
                flow = name;
            }
        }

        return flow;
    }
}
