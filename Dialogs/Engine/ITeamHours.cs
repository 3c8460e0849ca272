namespace Majordome.Dialogs.Engine;

/// <summary>
/// When the brand's team answers customers (its opening hours, in the brand's time zone). Asking for a person
/// outside them is answered with when the team will be back, rather than a promise nobody keeps tonight.
/// </summary>
public interface ITeamHours
{
    /// <summary>Whether someone of the team is there now, and if not when they next are.</summary>
    TeamAvailability Now();
}
