using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Harness;

/// <summary>
/// A test-only form that uses every prompt kind, one question per step, so engine tests can interrupt,
/// go back and restart at every step. Questions are tagged Q1..Q7 so tests can tell where they are.
/// </summary>
public sealed class TestFormDialog : ComponentDialog
{
    public const string FormId = "TestForm";

    /// <summary>The answers that take the form from its first question to its confirmation.</summary>
    public static readonly string[] HappyAnswers = ["Marie", "4", "marie@exemple.fr", "06 12 34 56 78", "samedi à 15h", "vert", "oui"];

    public TestFormDialog(TimeProvider time)
        : base(FormId)
    {
        AddDialog(new WaterfallDialog("TestFormSteps",
        [
            AskNameStepAsync, AskPartyStepAsync, AskEmailStepAsync, AskPhoneStepAsync,
            AskWhenStepAsync, AskColorStepAsync, ConfirmStepAsync, FinishStepAsync,
        ]));
        AddDialog(new TextPrompt("name"));
        AddDialog(new NumberPrompt<int>("party"));
        AddDialog(new EmailPrompt("email"));
        AddDialog(new PhonePrompt("phone"));
        AddDialog(new DateTimePrompt("when", time));
        AddDialog(new ChoicePrompt("color"));
        AddDialog(new ConfirmPrompt("confirm"));
    }

    private static Task<DialogTurnResult> Ask(WaterfallStepContext step, string promptId, string text, CancellationToken ct, Action<PromptOptions>? configure = null)
    {
        var options = new PromptOptions { Prompt = (Activity)MessageFactory.Text(text) };
        configure?.Invoke(options);
        return step.PromptAsync(promptId, options, ct);
    }

    private static Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        Ask(step, "name", step.Language == "fr" ? "Q1 Votre nom ?" : "Q1 Your name?", ct);

    private static Task<DialogTurnResult> AskPartyStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values.Set("name", step.GetResult<string>());
        return Ask(step, "party", step.Language == "fr" ? "Q2 Combien de personnes ?" : "Q2 How many people?", ct,
            o => o.Validations = Newtonsoft.Json.Linq.JToken.FromObject(new NumberRange(1, 8)));
    }

    private static Task<DialogTurnResult> AskEmailStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values.Set("party", step.GetResult<int>());
        return Ask(step, "email", step.Language == "fr" ? "Q3 Votre e-mail ?" : "Q3 Your email?", ct);
    }

    private static Task<DialogTurnResult> AskPhoneStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values.Set("email", step.GetResult<string>());
        return Ask(step, "phone", step.Language == "fr" ? "Q4 Votre téléphone ?" : "Q4 Your phone?", ct);
    }

    private static Task<DialogTurnResult> AskWhenStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values.Set("phone", step.GetResult<string>());
        return Ask(step, "when", step.Language == "fr" ? "Q5 Quand ?" : "Q5 When?", ct,
            o => o.Validations = Newtonsoft.Json.Linq.JToken.FromObject(new DateTimeConstraints(RequireTime: true, FutureOnly: true)));
    }

    private static Task<DialogTurnResult> AskColorStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var when = step.GetResult<IReadOnlyList<DateTimeResolution>>();
        step.Values.Set("when", when![0].Value);
        return Ask(step, "color", step.Language == "fr" ? "Q6 Quelle couleur ?" : "Q6 Which colour?", ct,
            o => o.Choices = step.Language == "fr"
                ? [new Choice("rouge"), new Choice("vert"), new Choice("bleu")]
                : [new Choice("red"), new Choice("green"), new Choice("blue")]);
    }

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values.Set("color", step.GetResult<FoundChoice>()!.Value);
        return Ask(step, "confirm", $"Q7 {Summary(step.Values)} ?", ct);
    }

    private static async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var text = step.GetResult<bool>() ? $"FORM DONE {Summary(step.Values)}" : "FORM DISCARDED";
        await step.Context.SendActivityAsync(MessageFactory.Text(text), ct);
        return await step.EndDialogAsync(Summary(step.Values), ct);
    }

    private static string Summary(DialogValues values) =>
        $"{values.Get<string>("name")}|{values.Get<int>("party")}|{values.Get<string>("email")}|{values.Get<string>("phone")}|{values.Get<DateTimeOffset>("when"):yyyy-MM-ddTHH:mmzzz}|{values.Get<string>("color")}";
}

/// <summary>A root dialog that runs <see cref="TestFormDialog"/> then says so.</summary>
public sealed class TestRootDialog : ComponentDialog
{
    public TestRootDialog(TimeProvider time)
        : base("TestRoot")
    {
        AddDialog(new WaterfallDialog("TestRootSteps", [BeginFormStepAsync, DoneStepAsync]));
        AddDialog(new TestFormDialog(time));
    }

    private static Task<DialogTurnResult> BeginFormStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.BeginDialogAsync(TestFormDialog.FormId, null, ct);

    private static async Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        await step.Context.SendActivityAsync(MessageFactory.Text($"ROOT got {step.GetResult<string>()}"), ct);
        return await step.EndDialogAsync(null, ct);
    }
}
