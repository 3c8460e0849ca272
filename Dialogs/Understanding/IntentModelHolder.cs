namespace Majordome.Dialogs.Understanding;

/// <summary>
/// Holds the current <see cref="IntentModel"/> for the dialogs: empty until the first training ends (keyword
/// matching serves meanwhile), then swapped whole on each retraining, so a turn always reads one consistent model.
/// </summary>
public sealed class IntentModelHolder
{
    private readonly IntentTrainer _trainer;
    private readonly SemaphoreSlim _training = new(1, 1);
    private volatile IntentModel? _model;

    /// <summary>Creates an empty holder.</summary>
    public IntentModelHolder(IntentTrainer trainer)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        _trainer = trainer;
    }

    /// <summary>The current model, or null before the first training.</summary>
    public IntentModel? Current => _model;

    /// <summary>The current model's French/English guess; no language (confidence 0) before the first training.</summary>
    public Recognition.LanguageGuess PredictLanguage(string? text) => _model?.PredictLanguage(text) ?? new Recognition.LanguageGuess(null, 0);

    /// <summary>
    /// Trains a new model from <paramref name="examples"/> off the calling thread and makes it current (the flow
    /// reload calls this with the new flows' examples). Trainings run one at a time; the previous model serves
    /// until the new one is ready, and stays if training fails.
    /// </summary>
    public async Task<IntentModel> RetrainAsync(IReadOnlyList<IntentExample> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        await _training.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var model = await Task.Run(() => _trainer.Train(examples, cancellationToken), cancellationToken).ConfigureAwait(false);
            _model = model;
            return model;
        }
        finally
        {
            _training.Release();
        }
    }

    /// <summary>Makes an already trained model current (tests, or a model trained elsewhere).</summary>
    public void Use(IntentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }
}
