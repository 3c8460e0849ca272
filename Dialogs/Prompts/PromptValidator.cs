namespace Majordome.Dialogs.Prompts;

/// <summary>Decides whether a recognized answer is acceptable (Bot Framework's <c>PromptValidator&lt;T&gt;</c>).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
