using Majordome.Dialogs.Engine;

namespace Majordome.Bot.Team.Hours;

/// <summary>The team's hours when the brand gives none (no brand/team.yaml): always there, as before hours existed.</summary>
public sealed class AlwaysThereTeamHours(TimeProvider time) : ITeamHours
{
    /// <inheritdoc />
    public TeamAvailability Now() => TeamAvailability.Open(time.GetUtcNow());
}
