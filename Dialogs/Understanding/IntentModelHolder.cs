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
    /// until the new one is ready, and stays if training fails. Cancelled, it returns at once: the training itself
    /// stops at its next check (a fold of ML.NET training cannot be interrupted), so a host that is stopping does
    /// not wait for it.
    /// </summary>
    public async Task<IntentModel> RetrainAsync(IReadOnlyList<IntentExample> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        await _training.WaitAsync(cancellationToken).ConfigureAwait(false);
        Task<IntentModel> training;
        try
        {
            training = Task.Run(() => _model = _trainer.Train(examples, cancellationToken), CancellationToken.None);
        }
        catch
        {
            _training.Release();
            throw;
        }

        // The next training waits for this one to end, even when this caller stopped waiting for it.
        _ = training.ContinueWith(_ => _training.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return await training.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Makes an already trained model current (tests, or a model trained elsewhere).</summary>
    public void Use(IntentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }
}
