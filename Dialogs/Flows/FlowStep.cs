using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Flows;

/// <summary>One step of a flow.</summary>
public abstract record FlowStep
{
    /// <summary>
    /// The step's identity across edits of its file: the <c>id:</c> written on it, else its place and kind
    /// ("steps[3]:ask"). A customer waiting at a question carries on at the question of the same identity and kind
    /// in a new version of the flow.
    /// </summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The experiment's variants this step is for (<c>variant: b</c>), or null for every customer.</summary>
    public IReadOnlyList<string>? Variants { get; init; }
}

/// <summary>Says a text; {name} is replaced by the variable's value.</summary>
/// <param name="Text">The text per language.</param>
public sealed record SayStep(LocalizedText Text) : FlowStep;

/// <summary>Asks a question and stores the answer in a variable.</summary>
/// <param name="Kind">What kind of answer is expected.</param>
/// <param name="Variable">The variable the answer is stored in.</param>
/// <param name="Prompt">The question per language.</param>
/// <param name="Retry">What to say after an answer that was not understood; null lets the prompt give its own hint.</param>
/// <param name="Min">The smallest number accepted (number questions).</param>
/// <param name="Max">The largest number accepted (number questions).</param>
/// <param name="Options">The options of a choice question.</param>
public sealed record AskStep(AskKind Kind, string Variable, LocalizedText Prompt, LocalizedText? Retry, decimal? Min, decimal? Max, IReadOnlyList<FlowOption> Options) : FlowStep
{
    /// <summary>The earliest date accepted (date questions), or null.</summary>
    public FlowDateBound? MinDate { get; init; }

    /// <summary>The latest date accepted (date questions), or null.</summary>
    public FlowDateBound? MaxDate { get; init; }

    /// <summary>The question per variant (<c>prompt: { a: { fr, en }, b: … }</c>), or null; <see cref="Prompt"/> is then the first variant's.</summary>
    public IReadOnlyList<Experiments.VariantText>? PromptByVariant { get; init; }

    /// <summary>The retry text per variant, or null; <see cref="Retry"/> is then the first variant's.</summary>
    public IReadOnlyList<Experiments.VariantText>? RetryByVariant { get; init; }
}

/// <summary>One option of a choice question.</summary>
/// <param name="Value">The value stored in the variable (stable, not translated).</param>
/// <param name="Title">The button's text per language.</param>
public sealed record FlowOption(string Value, LocalizedText Title)
{
    /// <summary>The button's text per variant, or null; <see cref="Title"/> is then the first variant's.</summary>
    public IReadOnlyList<Experiments.VariantText>? TitleByVariant { get; init; }
}

/// <summary>Sets a variable to the value of an expression.</summary>
/// <param name="Variable">The variable.</param>
/// <param name="Value">The expression.</param>
public sealed record SetStep(string Variable, FlowExpression Value) : FlowStep;

/// <summary>Runs <paramref name="Then"/> when the condition holds, <paramref name="Else"/> otherwise, then goes on.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Then">The steps when it holds.</param>
/// <param name="Else">The steps when it does not (may be empty).</param>
public sealed record IfStep(FlowExpression Condition, IReadOnlyList<FlowStep> Then, IReadOnlyList<FlowStep> Else) : FlowStep;

/// <summary>Leaves the flow for another flow, or for the menu.</summary>
/// <param name="Target">A flow id, or <see cref="FlowTargets.Menu"/>.</param>
public sealed record GotoStep(string Target) : FlowStep;

/// <summary>Ends the flow (the customer is back at the menu).</summary>
public sealed record EndStep : FlowStep;

/// <summary>The kinds of answer an ask step takes.</summary>
public enum AskKind
{
    /// <summary>Any text.</summary>
    Text,

    /// <summary>A number, optionally between min and max.</summary>
    Number,

    /// <summary>One of the options.</summary>
    Choice,

    /// <summary>Yes or no.</summary>
    Confirm,

    /// <summary>A date and/or time.</summary>
    DateTime,

    /// <summary>An email address.</summary>
    Email,

    /// <summary>A phone number.</summary>
    Phone,

    /// <summary>A photo or a file the customer sends; its URL is stored, and its content type in {var}_type.</summary>
    Attachment,
}

/// <summary>Goto targets that are not flows.</summary>
public static class FlowTargets
{
    /// <summary>Back to the main menu.</summary>
    public const string Menu = "menu";

    /// <summary>Where a flow may go besides another flow: the menu and the built-in flows a link may open.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } = [Menu, "information", "shop", "book"];
}

/// <summary>Calls an action (a C# extension point registered by name) with arguments, and maps its outputs into variables.</summary>
/// <param name="Name">The action's name.</param>
/// <param name="Arguments">The <c>with:</c> values per language (a plain value is the same in both); {variables} are filled, and a value that is only "{name}" passes the variable as it is (a number stays a number).</param>
/// <param name="Into">Variable to action output (a webhook's output is a path in its JSON answer).</param>
/// <param name="OnError">The steps run when the action fails (may be empty: the flow simply goes on).</param>
public sealed record ActionStep(string Name, IReadOnlyDictionary<string, LocalizedText> Arguments, IReadOnlyDictionary<string, string> Into, IReadOnlyList<FlowStep> OnError) : FlowStep
{
    /// <summary>The variable set to true or false after the action: its name with _ for -, then _ok (record-lead gives record_lead_ok).</summary>
    public string OkVariable => OkVariableOf(Name);

    /// <summary>The ok variable of the action <paramref name="name"/>.</summary>
    public static string OkVariableOf(string name) => (name ?? throw new ArgumentNullException(nameof(name))).Replace('-', '_') + "_ok";
}

/// <summary>Shows an Adaptive Card made from a template of Cards/Templates, or a carousel of catalog products.</summary>
/// <param name="Template">The template's name (file name without .json).</param>
/// <param name="Data">The template's data fields per language, {variables} filled.</param>
/// <param name="Products">For a product carousel: which catalog products to show; null for a plain template.</param>
public sealed record CardStep(string Template, IReadOnlyDictionary<string, LocalizedText> Data, ProductQuery? Products) : FlowStep;

/// <summary>The catalog products a card step shows, in catalog order.</summary>
/// <param name="Where">
/// A condition over the flow's variables and each product's fields (<see cref="ProductFields"/>), or null for
/// every product in stock.
/// </param>
/// <param name="Limit">The most products shown (at most 10, the carousel's size).</param>
/// <param name="Empty">What to say when no product matches, or null to say nothing.</param>
public sealed record ProductQuery(FlowExpression? Where, int Limit, LocalizedText? Empty)
{
    /// <summary>The product fields a condition may read, with the meaning a marketer sees in the README.</summary>
    public static IReadOnlyList<string> ProductFields { get; } = ["price", "intensity", "category", "decaf", "sku", "stock"];
}
