using Majordome.Dialogs.Understanding;

namespace Majordome.Tests.Dialogs.Understanding;

public sealed class IntentDecisionTests
{
    private static IntentScore[] Scores(params (string Intent, double Score)[] scores) =>
        scores.Select(s => new IntentScore(s.Intent, s.Score)).OrderByDescending(s => s.Score).ToArray();

    [Fact]
    public void Decide_OneFlowClearlyAhead_IsConfident()
    {
        var decision = IntentModel.Decide(Scores(("book", 0.8), ("shop", 0.1), ("none", 0.1)), threshold: 0.3, ambiguityMargin: 0.2);

        Assert.Equal(IntentDecisionKind.Confident, decision.Kind);
        Assert.Equal("book", decision.Intent);
    }

    [Fact]
    public void Decide_TwoFlowsClose_IsAmbiguousBetweenThem()
    {
        var decision = IntentModel.Decide(Scores(("book", 0.45), ("my-bookings", 0.4), ("none", 0.15)), threshold: 0.3, ambiguityMargin: 0.2);

        Assert.Equal(IntentDecisionKind.Ambiguous, decision.Kind);
        Assert.Equal(["book", "my-bookings"], decision.Candidates);
        Assert.Null(decision.Intent);
    }

    [Fact]
    public void Decide_BestFlowBelowThreshold_IsOutOfScope()
    {
        var decision = IntentModel.Decide(Scores(("book", 0.25), ("shop", 0.2), ("information", 0.2), ("none", 0.35)), threshold: 0.3, ambiguityMargin: 0.2);

        Assert.Equal(IntentDecisionKind.OutOfScope, decision.Kind);
    }

    [Fact]
    public void Decide_NoneFirst_IsOutOfScopeEvenAboveThreshold()
    {
        var decision = IntentModel.Decide(Scores(("none", 0.5), ("book", 0.45), ("shop", 0.05)), threshold: 0.3, ambiguityMargin: 0.01);

        Assert.Equal(IntentDecisionKind.OutOfScope, decision.Kind);
    }

    [Fact]
    public void BestThreshold_HeldOutPredictions_TakesTheMiddleOfTheBestPlateau()
    {
        // The flows are right for thresholds up to 0.55 (the weakest right flow), the last "none" only above 0.30
        // (its best flow's score): every threshold in [0.31, 0.55] decides all five right; the middle is kept.
        var heldOut = new List<(IReadOnlyList<IntentScore>, string)>
        {
            (Scores(("book", 0.6), ("shop", 0.4)), "book"),
            (Scores(("shop", 0.9), ("book", 0.1)), "shop"),
            (Scores(("book", 0.3), ("shop", 0.3), ("none", 0.4)), "none"),
            (Scores(("shop", 0.25), ("book", 0.2), ("information", 0.55)), "information"),
            (Scores(("shop", 0.3), ("book", 0.2), ("information", 0.25), ("none", 0.25)), "none"),
        };

        var threshold = IntentTrainer.BestThreshold(heldOut);

        Assert.Equal(0.43, threshold, 3);
    }
}
