using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Profile;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// The commands a customer may give in any step — help (about the current question, which is asked again after),
/// cancel, start over, back, menu, language switch, a greeting, a person — when the whole message is one.
/// </summary>
/// <param name="handoff">What asking for a person does; null only tells the customer.</param>
/// <param name="logger">The log.</param>
/// <param name="teamHours">When the team answers; null takes it to be always there.</param>
/// <param name="interruptions">Names the task a request for a person leaves outside the team's hours, so it is offered back; null keeps none.</param>
public sealed partial class GlobalCommandPolicy(IHumanHandoff? handoff, ILogger logger, ITeamHours? teamHours = null, Understanding.Interruptions? interruptions = null) : ITurnPolicy
{
    /// <inheritdoc />
    public async Task<DialogTurnResult?> OnMessageAsync(TurnPolicyContext turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Command is not { } command)
        {
            return null;
        }

        var dc = turn.Dialogs;
        LogCommand(logger, turn.Turn.Activity.Conversation?.Id, command);
        switch (command)
        {
            case GlobalCommandKind.SwitchToFrench:
            case GlobalCommandKind.SwitchToEnglish:
                var language = command == GlobalCommandKind.SwitchToFrench ? Languages.French : Languages.English;
                LanguageResolver.Choose(turn.Profile, language);
                turn.Turn.SetLanguage(language);
                await turn.SayAsync("language.switched", cancellationToken: cancellationToken).ConfigureAwait(false);
                return await DialogNavigator.ReplayCurrentQuestionAsync(dc, cancellationToken).ConfigureAwait(false)
                    ?? await turn.RepromptAsync(cancellationToken).ConfigureAwait(false);

            case GlobalCommandKind.Help:
                if (await DialogNavigator.GetHelpAsync(dc, cancellationToken).ConfigureAwait(false) is { } help)
                {
                    await turn.Turn.SendActivityAsync(help, cancellationToken).ConfigureAwait(false);
                }

                await turn.SayAsync("help.commands", cancellationToken: cancellationToken).ConfigureAwait(false);
                return await turn.RepromptAsync(cancellationToken).ConfigureAwait(false);

            case GlobalCommandKind.Cancel:
                await turn.SayAsync(dc.Stack.Count == 0 ? "cancel.nothing" : "cancel.done", cancellationToken: cancellationToken).ConfigureAwait(false);
                return await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);

            case GlobalCommandKind.Menu:
                return await turn.ShowMenuAsync(cancellationToken).ConfigureAwait(false);

            case GlobalCommandKind.StartOver:
                await turn.SayAsync("startOver.done", cancellationToken: cancellationToken).ConfigureAwait(false);
                if (await DialogNavigator.RestartCurrentFlowAsync(dc, cancellationToken).ConfigureAwait(false) is { } restarted)
                {
                    return restarted;
                }

                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return await turn.BeginRootAsync(RootDialogReason.Welcome, cancellationToken).ConfigureAwait(false);

            case GlobalCommandKind.Back:
                if (await DialogNavigator.GoBackAsync(dc, cancellationToken).ConfigureAwait(false) is { } back)
                {
                    return back;
                }

                await turn.SayAsync("back.nothing", cancellationToken: cancellationToken).ConfigureAwait(false);
                return await turn.RepromptAsync(cancellationToken).ConfigureAwait(false);

            case GlobalCommandKind.Greeting:
                // A greeting starts the conversation; in the middle of one, greet back and repeat the question.
                if (dc.Stack.Count == 0)
                {
                    return await turn.BeginRootAsync(RootDialogReason.Welcome, cancellationToken).ConfigureAwait(false);
                }

                await turn.SayAsync("greeting.again", cancellationToken: cancellationToken).ConfigureAwait(false);
                return await turn.RepromptAsync(cancellationToken).ConfigureAwait(false);

            default:
                // The host decides what handing over means (recorded for the team until a channel has a human
                // inbox); the customer is told honestly and keeps the current question.
                LogHumanRequested(logger, turn.Turn.Activity.Conversation?.Id);
                if (handoff is not null)
                {
                    await handoff.RequestAsync(turn.Turn, null, cancellationToken).ConfigureAwait(false);
                }

                if (teamHours?.Now() is { IsOpen: false })
                {
                    // Nobody will answer tonight: the task is left for the request itself, which says when the team
                    // is back and offers to leave a way to reach the customer. The task is kept aside, not thrown
                    // away: when the request is done the customer is offered it back where they were.
                    if (interruptions?.CurrentFlow(dc) is { } current && TaskSuspension.Of(turn.Turn) is { } suspension)
                    {
                        await suspension.SuspendAsync(dc, current, cancellationToken).ConfigureAwait(false);
                    }

                    await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                    return await turn.BeginRootAsync(new RootDialogOptions(RootDialogReason.Switch, TeamIntents.Away), cancellationToken).ConfigureAwait(false);
                }

                await turn.SayAsync("human.requested", cancellationToken: cancellationToken).ConfigureAwait(false);
                return await turn.RepromptAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Global command {Command} in conversation {ConversationId}")]
    private static partial void LogCommand(ILogger logger, string? conversationId, GlobalCommandKind command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A customer asked for a human in conversation {ConversationId}")]
    private static partial void LogHumanRequested(ILogger logger, string? conversationId);
}
