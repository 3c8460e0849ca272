namespace Majordome.Dialogs.Prompts;

/// <summary>What a date-time prompt requires, passed as <see cref="PromptOptions.Validations"/>.</summary>
/// <param name="RequireTime">A date alone ("samedi") is not enough: the user is asked for the time too.</param>
/// <param name="FutureOnly">Moments in the past are refused.</param>
public sealed record DateTimeConstraints(bool RequireTime = false, bool FutureOnly = false);
