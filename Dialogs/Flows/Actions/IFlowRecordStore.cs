namespace Majordome.Dialogs.Flows.Actions;

/// <summary>Where the flows' record-lead and record-survey actions keep what customers left (the business database).</summary>
public interface IFlowRecordStore
{
    /// <summary>Records <paramref name="lead"/>.</summary>
    Task RecordLeadAsync(Lead lead, CancellationToken cancellationToken = default);

    /// <summary>Records <paramref name="answer"/>.</summary>
    Task RecordSurveyAsync(SurveyAnswer answer, CancellationToken cancellationToken = default);
}
