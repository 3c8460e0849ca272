namespace Majordome.Dialogs.Prompts;

/// <summary>What a date-time prompt requires, passed as <see cref="PromptOptions.Validations"/>.</summary>
/// <param name="RequireTime">A date alone ("samedi") is not enough: the user is asked for the time too.</param>
/// <param name="FutureOnly">Moments in the past are refused.</param>
/// <param name="RequireDay">A year or a month alone ("1990", "mars 1990") is not enough: the user is asked for the day.</param>
/// <param name="MinDate">The earliest day accepted (yyyy-MM-dd, in the user's time zone), or null.</param>
/// <param name="MaxDate">The latest day accepted (yyyy-MM-dd), or null.</param>
public sealed record DateTimeConstraints(bool RequireTime = false, bool FutureOnly = false, bool RequireDay = false, string? MinDate = null, string? MaxDate = null);
