namespace Majordome.Dialogs.Engine;

/// <summary>One step of a <see cref="WaterfallDialog"/>, as in Bot Framework.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
