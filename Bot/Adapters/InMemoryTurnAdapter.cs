using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Adapters;

/// <summary>
/// A Bot Framework adapter that runs one turn in memory and hands back what the bot sent: the real bot without a
/// web host or a channel, for transcripts (<c>flows test</c>), tests and benchmarks. Exceptions are not swallowed
/// (no OnTurnError), so a bug fails the transcript or the test instead of becoming an apology.
/// </summary>
public sealed class InMemoryTurnAdapter : BotAdapter
{
    private readonly List<Activity> _sent = [];
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        lock (_gate)
        {
            _sent.AddRange(activities);
        }

        return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());
    }

    /// <inheritdoc />
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The bot does not update activities.");

    /// <inheritdoc />
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The bot does not delete activities.");

    /// <summary>Runs one turn of <paramref name="bot"/> for <paramref name="activity"/> and returns every activity it sent (typing included).</summary>
    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, BotCallbackHandler bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        int before;
        lock (_gate)
        {
            before = _sent.Count;
        }

        using (var turnContext = new TurnContext(this, activity))
        {
            await RunPipelineAsync(turnContext, bot, cancellationToken).ConfigureAwait(false);
        }

        lock (_gate)
        {
            return _sent.Skip(before).ToList();
        }
    }
}
