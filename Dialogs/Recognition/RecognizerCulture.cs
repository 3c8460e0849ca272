using Majordome.Dialogs.Localization;
using Microsoft.Recognizers.Text;

namespace Majordome.Dialogs.Recognition;

/// <summary>Maps Majordome's languages to Microsoft.Recognizers.Text cultures.</summary>
internal static class RecognizerCulture
{
    public static string For(string language) => language == Languages.English ? Culture.English : Culture.French;
}
