using Majordome.Dialogs.Recognition;
using Microsoft.Extensions.Options;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// The learned recognizer: the current <see cref="IntentModel"/> ranks the intents and decides (confident,
/// ambiguous, out of scope), corrected by the explicit cues of a table (<see cref="BookingCue"/>) and of products
/// asked for (<see cref="ShopCue"/>); the language is the one given, else detected (tell-tale words first, the learned
/// French/English classifier when they say too little); entities come from <see cref="EntityExtractor"/>.
/// Before the first model is trained the decision is <see cref="IntentDecisionKind.NotReady"/>.
/// </summary>
public sealed class IntentRecognizer : IIntentRecognizer
{
    // The same rules as a conversation's first message (LanguageResolver), so the bench measures what customers get.
    private const double LexiconConfidence = Localization.LanguageResolver.FirstMessageConfidence;
    private const double LearnedConfidence = Localization.LanguageResolver.LearnedConfidence;

    private readonly IntentModelHolder _models;
    private readonly EntityExtractor _entities;
    private readonly UnderstandingOptions _options;

    /// <summary>Creates the recognizer.</summary>
    public IntentRecognizer(IntentModelHolder models, EntityExtractor entities, IOptions<UnderstandingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(options);
        _models = models;
        _entities = entities;
        _options = options.Value;
    }

    /// <inheritdoc />
    public Task<UnderstandingResult> RecognizeAsync(UnderstandingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var model = _models.Current;
        var language = request.Language ?? DetectLanguage(request.Text, model);
        var entities = request.WithEntities
            ? _entities.Extract(request.Text, language ?? Localization.Languages.French, request.TimeZone)
            : UnderstoodEntities.Empty;
        if (model is null)
        {
            return Task.FromResult(new UnderstandingResult([], IntentDecision.NotReady, language, entities));
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return Task.FromResult(new UnderstandingResult([], IntentDecision.OutOfScope, language, entities));
        }

        var ranked = model.Predict(request.Text);
        var decision = model.Decide(ranked, _options.AmbiguityMargin);
        // A table asked for outright comes first; then products of the catalogue asked for (a booking is never overruled).
        var cued = ShopCue.Apply(BookingCue.Apply(decision, model.IntentIds, request.Text, entities), model.IntentIds, request.Text, entities);
        return Task.FromResult(new UnderstandingResult(ranked, cued, language, entities));
    }

    /// <summary>French or English for a short message, or null when neither the words nor the model can tell.</summary>
    public static string? DetectLanguage(string? text, IntentModel? model)
    {
        var lexicon = LanguageDetector.Detect(text);
        if (lexicon.Language is not null && lexicon.Confidence >= LexiconConfidence)
        {
            return lexicon.Language;
        }

        var learned = model?.PredictLanguage(text);
        return learned is { Language: { } detected, Confidence: >= LearnedConfidence } ? detected : lexicon.Language;
    }
}
