using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Majordome.Tests.Harness;

/// <summary>
/// A test root that asks one prompt and then replies "GOT {result as JSON}", so prompt tests can check
/// exactly what the prompt returned, in both languages, through the real dialog manager.
/// </summary>
public sealed class SinglePromptDialog : ComponentDialog
{
    public const string ResultPrefix = "GOT ";

    public SinglePromptDialog(Dialog prompt, Func<string, PromptOptions> options)
        : base("SinglePrompt")
    {
        AddDialog(new WaterfallDialog("SinglePromptSteps",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options(step.Language), ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(MessageFactory.Text(ResultPrefix + JsonConvert.SerializeObject(step.Result)), ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        AddDialog(prompt);
    }

    /// <summary>Options with just a question.</summary>
    public static Func<string, PromptOptions> Asking(string question, Action<PromptOptions>? configure = null) => _ =>
    {
        var options = new PromptOptions { Prompt = (Activity)MessageFactory.Text(question) };
        configure?.Invoke(options);
        return options;
    };
}
