using Majordome.Bot.Messenger.Send;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Profile;

/// <summary>
/// Brings a Page's Messenger profile to the desired one, idempotently: one GET of the current profile, and one POST
/// only when a managed field differs. The Messenger Profile API allows 10 calls per 10 minutes per Page; a run makes
/// at most two, and <see cref="ProfileCallBudget"/> refuses (rather than gets the Page throttled) beyond the budget.
/// </summary>
public sealed class MessengerProfileSync
{
    private readonly MessengerGraphClient _graph;
    private readonly ProfileCallBudget _budget;

    /// <summary>Creates the sync.</summary>
    public MessengerProfileSync(MessengerGraphClient graph, ProfileCallBudget budget)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(budget);
        _graph = graph;
        _budget = budget;
    }

    /// <summary>Whether the Page's profile had to change (false: already as desired, nothing posted).</summary>
    public async Task<bool> SyncAsync(string pageId, JObject desired, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pageId);
        ArgumentNullException.ThrowIfNull(desired);
        _budget.Take(pageId);
        var current = await _graph.GetAsync(pageId, "me/messenger_profile?fields=" + string.Join(',', MessengerProfileBuilder.Fields), cancellationToken).ConfigureAwait(false);
        var existing = (current["data"] as JArray)?.FirstOrDefault() as JObject ?? [];
        if (desired.Properties().All(p => JToken.DeepEquals(p.Value, existing[p.Name])))
        {
            return false;
        }

        _budget.Take(pageId);
        await _graph.PostAsync(pageId, "me/messenger_profile", desired, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
