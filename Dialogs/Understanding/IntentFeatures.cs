namespace Majordome.Dialogs.Understanding;

/// <summary>What a message is turned into before the classifier sees it (<see cref="UnderstandingOptions.Features"/>).</summary>
public enum IntentFeatures
{
    /// <summary>
    /// Word unigrams and bigrams plus character trigrams, each in a dictionary built from the examples: short messages
    /// with typos still share most of their character trigrams with the examples.
    /// </summary>
    WordsAndCharacterTrigrams,

    /// <summary>
    /// Word unigrams and bigrams plus character n-grams of one to four letters hashed into a fixed number of slots:
    /// no dictionary to build, a memory use that does not grow with the vocabulary.
    /// </summary>
    HashedNgrams,
}
