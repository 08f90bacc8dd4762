using System.Xml;

namespace DanVanBot.App.Features.Exports;

/// <summary>
/// A unit's text as XML can carry it: characters XML 1.0 forbids (control characters pasted from other programs)
/// are dropped, so one odd report cannot make the whole document unwritable or unreadable.
/// </summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) kept.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) kept.Append(text[i]).Append(text[++i]);
        }
        return kept.ToString();
    }
}
