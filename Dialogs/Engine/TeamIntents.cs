namespace Majordome.Dialogs.Engine;

/// <summary>The root dialog's intents for the team's absence (not recognized from text: begun by the bot itself).</summary>
public static class TeamIntents
{
    /// <summary>A person was asked for outside the team's hours: say when it answers, offer to leave a contact.</summary>
    public const string Away = "team-away";

    /// <summary>The host's late notice: nobody took the request in time.</summary>
    public const string Late = "team-late";
}
