using Majordome.Dialogs.Flows;

namespace Majordome.Tests.Bot.Content.Flows;

/// <summary>The schedule step read from a flow file, and each mistake at its file, line, column and field with a fix.</summary>
public sealed class FlowScheduleValidationTests : IDisposable
{
    private const string File = "flows/club.yaml";
    private const string Head = "id: club\ntitle: { fr: Club, en: Club }\nsteps:\n  - ask: date-time\n    var: birthday\n    prompt: { fr: Date ?, en: Date? }\n";
    private const string Offer = "id: birthday-offer\ntitle: { fr: Cadeau, en: Gift }\ntriggers: { payload: BIRTHDAY_OFFER }\nsteps:\n  - say: { fr: Cadeau, en: Gift }\n";

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Schedule_EachTime_IsRead()
    {
        _folder.Write("offer.yaml", Offer);
        var result = _folder.Write("club.yaml", Head + """
              - schedule: { flow: birthday-offer, anniversary: birthday }
              - schedule:
                  say: { fr: "Votre date : {birthday}", en: "Your date: {birthday}" }
                  after: 2w
              - schedule: { say: { fr: Veille, en: Eve }, at: birthday - 1d }
            """).Load();

        Assert.Empty(result.Problems);
        var steps = result.Flows.Single(f => f.Id == "club").Steps.OfType<ScheduleStep>().ToList();
        Assert.Equal(("birthday-offer", null, "birthday"), (steps[0].Flow, steps[0].Say, steps[0].When.Anniversary?.Text));
        Assert.Equal((null, "Your date: {birthday}", new FlowDuration(2, 'w')), (steps[1].Flow, steps[1].Say?.En, steps[1].When.After));
        Assert.Equal("birthday - 1d", steps[2].When.At?.Text);
    }

    [Fact]
    public void Schedule_WithoutATime_SaysWhichToWrite()
    {
        _folder.Write("club.yaml", Head + "  - schedule: { say: { fr: Bonjour, en: Hello } }\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 7, 15, "steps[1].schedule", "when is it sent? Write one of after: (a delay such as 2w), at: (a date such as visit_date - 1d) or anniversary: (a date whose next return is the day, such as birthday).");
    }

    [Fact]
    public void Schedule_TwoTimes_IsRefused()
    {
        _folder.Write("club.yaml", Head + "  - schedule: { say: { fr: Bonjour, en: Hello }, after: 2w, at: birthday }\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 7, 15, "steps[1].schedule", "write only one of after:, at: or anniversary: (this step has after: and at:).");
    }

    [Fact]
    public void Schedule_NothingToSend_SaysWhatToWrite()
    {
        _folder.Write("club.yaml", Head + "  - schedule: { after: 2w }\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 7, 15, "steps[1].schedule", "a schedule step sends something later: write flow: (the id of the flow its button starts), say: (a text in fr and en), or both.");
    }

    [Theory]
    [InlineData("deux semaines", "")]
    [InlineData("0d", "")]
    [InlineData("30s", " Minutes and seconds are for wait: (a pause inside the conversation)")]
    public void Schedule_DelayNotWritable_SaysHowToWriteIt(string written, string hint)
    {
        _folder.Write("club.yaml", Head + $"  - schedule: {{ say: {{ fr: Bonjour, en: Hello }}, after: {written} }}\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 7, 57, "steps[1].schedule.after", $"\"{written}\" is not a delay: write a whole number and a unit, h (hours), d (days), w (weeks), mo (months) or y (years), such as after: 2w.{hint}");
    }

    [Fact]
    public void Schedule_BareM_IsAmbiguous_SuggestsMoForMonthsOrMinForMinutes()
    {
        // In wait: "30m" is thirty minutes; read here as months, a marketer's "30m" would write a customer years later.
        _folder.Write("club.yaml", Head + "  - schedule: { say: { fr: Bonjour, en: Hello }, after: 6m }\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 7, 57, "steps[1].schedule.after", "\"6m\" is ambiguous: m could be minutes (as in wait:) or months. Write after: 6mo for 6 months; if you meant minutes, write 6min in a wait: step (a scheduled message is at least an hour later, such as after: 1h).");
    }

    [Theory]
    [InlineData("6mo", 6, 'm')]
    [InlineData("1y", 1, 'y')]
    [InlineData("36h", 36, 'h')]
    public void Schedule_ExplicitUnits_AreRead(string written, int amount, char unit)
    {
        var result = _folder.Write("club.yaml", Head + $"  - schedule: {{ say: {{ fr: Bonjour, en: Hello }}, after: {written} }}\n").Load();

        Assert.Empty(result.Problems);
        Assert.Equal(new FlowDuration(amount, unit), result.Flows.Single(f => f.Id == "club").Steps.OfType<ScheduleStep>().Single().When.After);
    }

    [Fact]
    public void Schedule_MisspeltField_SaysDidYouMean()
    {
        _folder.Write("club.yaml", Head + "  - schedule: { say: { fr: Bonjour, en: Hello }, afer: 2w, after: 2w }\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 7, 50, "steps[1].schedule.afer", "unknown field \"afer\": did you mean \"after\"?");
    }

    [Fact]
    public void Schedule_UnknownFlow_SaysDidYouMean()
    {
        _folder.Write("offer.yaml", Offer);
        _folder.Write("club.yaml", Head + "  - schedule: { flow: birthday-ofer, anniversary: birthday }\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 7, 23, "steps[1].schedule.flow", "schedule flow \"birthday-ofer\": there is no flow with this id. Write the id of a flow in the flows folder. Did you mean \"birthday-offer\"?");
    }

    [Fact]
    public void Schedule_FlowWithoutPayload_SaysToAddOne()
    {
        _folder.Write("offer.yaml", Offer.Replace("triggers: { payload: BIRTHDAY_OFFER }\n", string.Empty, StringComparison.Ordinal));
        _folder.Write("club.yaml", Head + "  - schedule: { flow: birthday-offer, anniversary: birthday }\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 7, 23, "steps[1].schedule.flow", "the scheduled message's button starts birthday-offer with its payload, and birthday-offer has none: add a payload under its triggers: (such as payload: BIRTHDAY_OFFER).");
    }

    [Fact]
    public void Schedule_DateOfAVariableNeverSet_SaysDidYouMean()
    {
        _folder.Write("club.yaml", Head + "  - schedule: { say: { fr: Bonjour, en: Hello }, anniversary: birthdya }\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 7, 63, "steps[1].schedule.anniversary", "the variable \"birthdya\" is used before it is set: ask for it (var: birthdya) or set it in an earlier step, on every path to this one. Did you mean \"birthday\"?");
    }

    [Fact]
    public void Schedule_TextWithAVariableNeverSet_IsRefused()
    {
        _folder.Write("club.yaml", Head + "  - schedule: { say: { fr: \"{prenom}\", en: \"{prenom}\" }, after: 2w }\n");

        Assert.All(_folder.Load().Problems, p => Assert.Contains("the variable \"prenom\" is used before it is set", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Unschedule_NamesAScheduleStepOfTheFlow_IsRead()
    {
        var result = _folder.Write("club.yaml", Head + "  - id: reminder\n    schedule: { say: { fr: Alors ?, en: So? }, after: 2w }\n  - unschedule: reminder\n").Load();

        Assert.Empty(result.Problems);
        Assert.Equal("reminder", Assert.IsType<UnscheduleStep>(Assert.Single(result.Flows).Steps[^1]).StepId);
    }

    [Fact]
    public void Unschedule_UnknownId_SaysDidYouMean()
    {
        _folder.Write("club.yaml", Head + "  - id: reminder\n    schedule: { say: { fr: Alors ?, en: So? }, after: 2w }\n  - unschedule: remindr\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 9, 17, "steps[2].unschedule", "unschedule \"remindr\": there is no schedule step with this id in this flow (its schedule steps' ids are reminder). Give the schedule step an id: (such as id: remindr) and name it here. Did you mean \"reminder\"?");
    }

    [Fact]
    public void Unschedule_AStepThatIsNoSchedule_IsRefused()
    {
        _folder.Write("club.yaml", Head + "  - id: hello\n    say: { fr: Bonjour, en: Hello }\n  - unschedule: hello\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 9, 17, "steps[2].unschedule", "unschedule \"hello\": there is no schedule step with this id in this flow (this flow has no schedule step with an id).");
    }

    [Fact]
    public void Schedule_IdInsideTheGroup_SaysItBelongsToTheStep()
    {
        _folder.Write("club.yaml", Head + "  - schedule: { id: reminder, say: { fr: Alors ?, en: So? }, after: 2w }\n");

        ProblemAssert.At(_folder.SingleProblem(), File, 7, 17, "steps[1].schedule.id", "\"id\" belongs to the step, beside schedule: (- id: … then schedule: on the next line), not inside it.");
    }
}
