using System.Globalization;
using Majordome.Bot.Adapters;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.Flows;
using Majordome.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Bot.Anticipation.Flows;

/// <summary>
/// The end of a flow's long wait: a turn of the customer's own conversation, run through the whole bot (its lock, its
/// state, its idempotent turns) with a <see cref="ResumeEvent"/>, whose replies are the message. The turn runs only
/// once the rules and the channel allow the message (<see cref="ProactiveMessage.WriteAsync"/>), so a message held
/// back leaves the flow parked. Its id is the job's, and its replies are recorded with it: a delivery tried again
/// sends the same words, never a second turn. Nothing is said when the flow is no longer parked there.
/// </summary>
public sealed class FlowWaitComposer : IProactiveMessageComposer
{
    private readonly IServiceProvider _services;
    private readonly TimeProvider _time;

    /// <summary>Creates the composer; the bot is resolved when a wait is over, as the bot itself needs the composers (its greeting).</summary>
    public FlowWaitComposer(IServiceProvider services, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(time);
        _services = services;
        _time = time;
    }

    /// <inheritdoc />
    public string Kind => ProactiveKinds.FlowWait;

    /// <summary>The id of the turn that ends the wait of job <paramref name="jobId"/>.</summary>
    public static string TurnId(long jobId) => "flow-wait-" + jobId.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public Task<ProactiveMessage?> ComposeAsync(ProactiveJob job, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (FlowWaitPayload.Of(job) is not { } payload)
        {
            return Task.FromResult<ProactiveMessage?>(null);
        }

        // The next steps of a flow the customer began, written first: an offer under the platforms' rules.
        return Task.FromResult<ProactiveMessage?>(new ProactiveMessage(ProactiveCategory.Marketing, [], Template: null)
        {
            WriteAsync = ct => RunTurnAsync(job, payload, ct),
        });
    }

    private async Task<IReadOnlyList<IActivity>> RunTurnAsync(ProactiveJob job, FlowWaitPayload payload, CancellationToken cancellationToken)
    {
        var to = job.Request.To;
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = ResumeEvent.Name,
            Value = ResumeEvent.ValueFor(payload.Token),
            Id = TurnId(job.Id),
            ChannelId = to.ChannelId,
            Conversation = new ConversationAccount(id: to.ConversationId),
            From = new ChannelAccount(to.UserId),
            Recipient = new ChannelAccount("majordome"),
            ServiceUrl = to.ServiceUrl,
            Locale = to.Locale,
            Timestamp = _time.GetUtcNow(),

            // The replies are kept with the turn's id: a second run of this job's turn hands them back unchanged.
            DeliveryMode = DeliveryModes.ExpectReplies,
        };

        var bot = _services.GetRequiredService<IBot>();
        using var turn = new TurnContext(new InMemoryTurnAdapter(), activity);
        await bot.OnTurnAsync(turn, cancellationToken).ConfigureAwait(false);
        return [.. turn.BufferedReplyActivities.Where(a => a.Type == ActivityTypes.Message)];
    }
}
