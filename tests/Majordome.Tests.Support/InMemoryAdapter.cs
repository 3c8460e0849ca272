using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Harness;

/// <summary>
/// A Bot Framework adapter that runs turns in memory and records what the bot sends. Exceptions are not
/// swallowed (no OnTurnError), so a bug fails the test instead of becoming an apology.
/// </summary>
public sealed class InMemoryAdapter : BotAdapter
{
    private readonly List<Activity> _sent = [];

    /// <inheritdoc />
    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        lock (_sent)
        {
            _sent.AddRange(activities);
        }

        return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString())).ToArray());
    }

    /// <inheritdoc />
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The bot does not update activities.");

    /// <inheritdoc />
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The bot does not delete activities.");

    /// <summary>Runs one turn and returns the activities the bot sent during it.</summary>
    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, BotCallbackHandler bot, CancellationToken cancellationToken = default)
    {
        int before;
        lock (_sent)
        {
            before = _sent.Count;
        }

        using (var turnContext = new TurnContext(this, activity))
        {
            await RunPipelineAsync(turnContext, bot, cancellationToken);
        }

        lock (_sent)
        {
            return _sent.Skip(before).ToList();
        }
    }
}
