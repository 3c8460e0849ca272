using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Conversations;

/// <summary>
/// Undoing a switch: a customer who said "yes" to "do you want to stop and switch?" (sometimes a "oui c'est parfait"
/// meant for the question itself) is offered the task they left when the other flow ends or is cancelled, and finds
/// it where they were, the waiting question asked again.
/// </summary>
public sealed partial class MainDialog
{
    private const string ResumeWaterfall = "MainResume";
    private const string ResumePrompt = "MainResumePrompt";
    private const string ResumeYes = "resume";
    private const string ResumeNo = "menu";

    /// <summary>The task left for another flow, taken out of state to be offered now, or null.</summary>
    private static async Task<SuspendedTask?> TakeSuspendedTaskAsync(WaterfallStepContext step, RootDialogReason reason, CancellationToken cancellationToken) =>
        reason is RootDialogReason.Completed or RootDialogReason.Cancelled && TaskSuspension.Of(step.Context) is { } suspension
            ? await suspension.TakeAsync(step.Context, cancellationToken).ConfigureAwait(false)
            : null;

    private async Task<DialogTurnResult> AskResumeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var task = step.GetOptions<SuspendedTask>()!;
        var language = step.Language;
        var name = _flows.Find(task.Intent)?.Title.In(language) ?? _localizer.Get(language, "intent." + task.Intent);
        return await step.PromptAsync(ResumePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_localizer.Get(language, "understanding.resume", new { task = name })),
            Choices = [_localizer.Button(ResumeYes, "understanding.resumeYes", language), _localizer.Button(ResumeNo, "understanding.resumeNo", language)],

            // "oui" / "non merci" typed are its answer; anything else asked is simply a new request.
            IsYesNo = true,
            IsFollowUp = true,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ResumeAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<FoundChoice>()?.Value == ResumeYes)
        {
            // The dialog manager puts the task's stack back once this turn's dialogs have returned.
            TaskSuspension.Resume(step.Context, step.GetOptions<SuspendedTask>()!);
            return Dialog.EndOfTurn;
        }

        return await step.ReplaceDialogAsync(MenuWaterfall, new RootDialogOptions(RootDialogReason.Menu), cancellationToken).ConfigureAwait(false);
    }
}
