using System.Data.Common;
using Majordome.Bot.Turns.Holds;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Team;

/// <summary>
/// Around the bot: keeps each conversation's messages for the team (<see cref="SqlTranscriptStore"/>) and wakes the
/// agents watching it. Whether a person holds the conversation is the bot's to say (<see cref="HeldTurn"/>, from the
/// flag in the conversation's state): then the customer's message is kept for the agent and nothing else happens.
/// </summary>
public sealed partial class TeamAwareBot : IBot
{
    private readonly IBot _inner;
    private readonly SqlTranscriptStore _transcripts;
    private readonly TeamLiveSignals _signals;
    private readonly ILogger<TeamAwareBot> _logger;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public TeamAwareBot(IBot inner, SqlTranscriptStore transcripts, TeamLiveSignals signals, ILogger<TeamAwareBot> logger)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(transcripts);
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(logger);
        _inner = inner;
        _transcripts = transcripts;
        _signals = signals;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channel = activity.ChannelId;
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(channel) || string.IsNullOrEmpty(conversationId))
        {
            await _inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        var lines = new List<(string Author, string? AuthorName, string Text)>();
        if (activity.Type == ActivityTypes.Message && TranscriptText.Of(activity) is { } said)
        {
            lines.Add((TranscriptAuthor.Customer, null, said));
        }

        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            var responses = await next().ConfigureAwait(false);
            lock (lines)
            {
                lines.AddRange(activities.Select(TranscriptText.Of).OfType<string>().Select(text => (TranscriptAuthor.Bot, (string?)null, text)));
            }

            return responses;
        });

        // The lines go with the turn's last state save when they can (its round trip on PostgreSQL, its commit on SQLite).
        var pending = _transcripts.OfferToStateSave(channel, conversationId, lines);
        PendingTranscript.Attach(turnContext, pending);

        await _inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var unwritten = Unwritten(lines, pending);
        if (HeldTurn.Find(turnContext) is { } held)
        {
            // A person has the conversation and the bot stayed silent: the message waits for them in the transcript,
            // and a failure to store it fails the turn (the channel retries or tells the customer) rather than losing it.
            LogHeldForAgent(conversationId, held.By);
            await _transcripts.AppendAsync(channel, conversationId, unwritten, cancellationToken).ConfigureAwait(false);
            _signals.Notify(channel, conversationId);
            return;
        }

        try
        {
            await _transcripts.AppendAsync(channel, conversationId, unwritten, cancellationToken).ConfigureAwait(false);
            _signals.Notify(channel, conversationId);
        }
        catch (DbException exception)
        {
            // The customer was answered; a transcript the team cannot read is not worth an apology to them.
            LogTranscriptFailed(exception, conversationId);
        }
    }

    // The lines the state save did not write: those sent after it, or all of them when it took none.
    private static List<(string Author, string? AuthorName, string Text)> Unwritten(List<(string Author, string? AuthorName, string Text)> lines, PendingTranscript pending)
    {
        lock (lines)
        {
            return pending is { WrittenCount: > 0 } written ? lines.Skip(written.WrittenCount).ToList() : [.. lines];
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId} is held by {Agent}: the customer's message is kept for them and the bot stays silent")]
    private partial void LogHeldForAgent(string conversationId, string? agent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store the transcript of a turn of conversation {ConversationId}")]
    private partial void LogTranscriptFailed(Exception exception, string conversationId);
}
