namespace Majordome.Dialogs.Prompts;

/// <summary>The persisted keys of a prompt instance, as in Bot Framework ("options", "state" with "AttemptCount").</summary>
internal static class PromptState
{
    public const string OptionsKey = "options";
    public const string StateKey = "state";
    public const string AttemptCountKey = "AttemptCount";
}
