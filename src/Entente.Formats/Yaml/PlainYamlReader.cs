namespace Entente.Formats.Yaml;

/// <summary>
/// Reads the plain subset of YAML that scenario files are written in (block mappings and sequences, one-line flow
/// collections, one-line plain and quoted scalars, comments) straight into Entente's tree, without YamlDotNet's
/// tokens and events: for a 100,000-actor file that is most of the loading time. It declines (returns null) on
/// anything outside the subset or anything doubtful, and YamlDotNet then reads the file, so every error message and
/// every rarely used construct stays YamlDotNet's. Where it does answer, the tree is the one YamlDotNet's events
/// would have built, positions included; a differential test holds it to that.
/// </summary>
internal sealed class PlainYamlReader
{
    private readonly string _text;
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _keyLookup;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    // The indentation of the content line the cursor stands on, or -1 at the end of the text.
    private int _indent;

    private PlainYamlReader(string text)
    {
        _text = text;
        _keyLookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The document's root, or null where the text is outside the subset (YamlDotNet must read it).</summary>
    public static YamlNode? TryRead(string text)
    {
        if (!HasOnlyPlainCharacters(text))
        {
            return null;
        }
        try
        {
            return new PlainYamlReader(text).Document();
        }
        catch (Declined)
        {
            return null;
        }
    }

    /// <summary>Where the reader leaves the subset (0:0 for a character anywhere in the file), or null where it reads the text: for tests.</summary>
    internal static (int Line, int Column)? WhereDeclined(string text)
    {
        if (!HasOnlyPlainCharacters(text))
        {
            return (0, 0);
        }
        var reader = new PlainYamlReader(text);
        try
        {
            reader.Document();
            return null;
        }
        catch (Declined)
        {
            return (reader._line, reader.Column);
        }
    }

    // Tabs, carriage returns, control characters, YAML 1.1's extra line breaks, byte-order marks and surrogates each
    // change how YamlDotNet reads or positions a character; a file with any of them is left to it.
    private static bool HasOnlyPlainCharacters(string text)
    {
        foreach (var c in text)
        {
            if ((c < ' ' && c != '\n') || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return false;
            }
        }
        return true;
    }

    private int Column => _pos - _lineStart + 1;

    private char At(int offset = 0) => _pos + offset < _text.Length ? _text[_pos + offset] : '\n';

    private bool AtEnd => _pos >= _text.Length;

    private YamlNode Document()
    {
        NextContentLine();
        if (_indent != 0)
        {
            throw new Declined();
        }
        var root = BlockNode(0);
        if (_indent != -1)
        {
            throw new Declined();
        }
        return root;
    }

    // At the first character of a content line; returns at the first character of the next content line.
    private YamlNode BlockNode(int depth)
    {
        // A collection this deep has children past YamlTreeBuilder's limit, whose message YamlDotNet's path gives.
        if (depth >= YamlTreeBuilder.MaxDepth)
        {
            throw new Declined();
        }
        return SequenceEntryAhead() ? BlockSequence(_indent, depth) : BlockMapping(_indent, depth);
    }

    private bool SequenceEntryAhead() => At() == '-' && At(1) is ' ' or '\n';

    private YamlMapping BlockMapping(int indent, int depth)
    {
        if (depth >= YamlTreeBuilder.MaxDepth)
        {
            throw new Declined();
        }
        var (line, column) = (_line, Column);
        var entries = new List<(YamlNode, YamlNode)>();
        while (true)
        {
            var key = Key();
            var value = ValueAfterKey(indent, depth + 1);
            entries.Add((key, value));
            if (_indent < indent)
            {
                return new YamlMapping(entries, line, column);
            }
            if (_indent > indent || SequenceEntryAhead())
            {
                throw new Declined();
            }
        }
    }

    private YamlSequence BlockSequence(int indent, int depth)
    {
        if (depth >= YamlTreeBuilder.MaxDepth)
        {
            throw new Declined();
        }
        var (line, column) = (_line, Column);
        var items = new List<YamlNode>();
        while (true)
        {
            _pos++;
            SkipSpaces();
            items.Add(EntryAfterDash(indent, depth + 1));
            if (_indent < indent || (_indent == indent && !SequenceEntryAhead()))
            {
                return new YamlSequence(items, line, column);
            }
            if (_indent > indent)
            {
                throw new Declined();
            }
        }
    }

    private YamlNode EntryAfterDash(int indent, int depth)
    {
        if (At() is '\n' or '#')
        {
            EndOfLine();
            NextContentLine();
            return _indent > indent ? BlockNode(depth) : throw new Declined();
        }
        if (SequenceEntryAhead())
        {
            throw new Declined();
        }
        if (At() is not ('{' or '[') && KeyAhead())
        {
            // "- id: A": a mapping whose keys line up under this first one.
            _indent = Column - 1;
            return BlockMapping(_indent, depth);
        }
        return InlineValue(indent, depth);
    }

    private YamlNode ValueAfterKey(int indent, int depth)
    {
        SkipSpaces();
        if (At() is '\n' or '#')
        {
            EndOfLine();
            NextContentLine();
            if (_indent > indent)
            {
                return BlockNode(depth);
            }
            if (_indent == indent && SequenceEntryAhead())
            {
                return BlockSequence(indent, depth);
            }
            // An empty value: YamlDotNet places it by rules not worth copying.
            throw new Declined();
        }
        return InlineValue(indent, depth);
    }

    // A value that starts on the current line after "key: " or "- ": a flow collection, a one-line scalar or a text block.
    private YamlNode InlineValue(int indent, int depth)
    {
        YamlNode value;
        if (At() is '|' or '>')
        {
            value = TextBlock(indent);
        }
        else
        {
            value = At() switch
            {
                '{' or '[' => FlowNode(depth),
                '"' => DoubleQuoted(),
                '\'' => SingleQuoted(),
                _ => BlockPlain(),
            };
            EndOfLine();
            NextContentLine();
        }
        if (_indent > indent)
        {
            // A continuation line of a multi-line scalar, or an error: either way, YamlDotNet's to read.
            throw new Declined();
        }
        return value;
    }

    // A literal (|) or folded (>) block scalar, kept or stripped of its final line break (|-, >-), whose lines share one
    // indentation (a folded block's more-indented lines, and explicit indentation, are left to YamlDotNet). Ends at the
    // first character of the next content line.
    private YamlScalar TextBlock(int indent)
    {
        var (line, column) = (_line, Column);
        var literal = At() == '|';
        _pos++;
        var strip = At() == '-';
        if (strip)
        {
            _pos++;
        }
        if (At() is not (' ' or '\n'))
        {
            throw new Declined();
        }
        EndOfLine();
        if (AtEnd)
        {
            throw new Declined();
        }
        NewLine();
        var margin = Spaces(_pos);
        if (margin <= indent || EndOfLineAt(_pos + margin) == _pos + margin)
        {
            throw new Declined();
        }
        var value = new System.Text.StringBuilder();
        var emptyLines = 0;
        var first = true;
        while (!AtEnd)
        {
            var spaces = Spaces(_pos);
            var end = EndOfLineAt(_pos + spaces);
            if (end == _pos + spaces)
            {
                // An empty line: a break of its own, unless the block ends after it.
                if (spaces > margin || end == _text.Length)
                {
                    throw new Declined();
                }
                emptyLines++;
                _pos = end;
                NewLine();
                continue;
            }
            if (spaces < margin)
            {
                break;
            }
            if ((spaces > margin && !literal) || end == _text.Length)
            {
                // A more-indented folded line, or a last line without its line break: rules not worth copying.
                throw new Declined();
            }
            if (!first)
            {
                if (literal)
                {
                    value.Append('\n', 1 + emptyLines);
                }
                else if (emptyLines == 0)
                {
                    value.Append(' ');
                }
                else
                {
                    value.Append('\n', emptyLines);
                }
            }
            value.Append(_text.AsSpan(_pos + margin, end - _pos - margin));
            first = false;
            emptyLines = 0;
            _pos = end;
            NewLine();
        }
        if (!strip)
        {
            value.Append('\n');
        }
        // At the start of a line, or at the end of the text: on to the next line that holds content.
        _indent = -1;
        NextContentLineFromLineStart();
        return new YamlScalar(value.ToString(), false, line, column);
    }

    private int Spaces(int from)
    {
        var i = from;
        while (i < _text.Length && _text[i] == ' ')
        {
            i++;
        }
        return i - from;
    }

    private int EndOfLineAt(int from)
    {
        var end = _text.IndexOf('\n', from);
        return end < 0 ? _text.Length : end;
    }

    // Steps over the line break the cursor stands on.
    private void NewLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private YamlScalar Key()
    {
        YamlScalar key;
        if (At() == '"')
        {
            key = DoubleQuoted();
        }
        else if (At() == '\'')
        {
            key = SingleQuoted();
        }
        else
        {
            var (line, column) = (_line, Column);
            RefuseIndicatorStart(flow: false);
            var start = _pos;
            while (!(At() == ':' && At(1) is ' ' or '\n'))
            {
                RefuseInPlain(flow: false);
                _pos++;
            }
            if (_text[_pos - 1] == ' ')
            {
                throw new Declined();
            }
            key = new YamlScalar(Intern(_text.AsSpan(start, _pos - start)), true, line, column);
        }
        if (At() != ':' || At(1) is not (' ' or '\n') || key.Value.Length > 1000)
        {
            throw new Declined();
        }
        _pos++;
        return key;
    }

    // Whether the rest of the line is "key: …" (a mapping) rather than a scalar.
    private bool KeyAhead()
    {
        var i = _pos;
        if (At() is '"' or '\'')
        {
            var quote = At();
            for (i++; i < _text.Length && _text[i] != '\n'; i++)
            {
                if (quote == '"' && _text[i] == '\\')
                {
                    i++;
                }
                else if (_text[i] == quote)
                {
                    if (quote == '\'' && i + 1 < _text.Length && _text[i + 1] == '\'')
                    {
                        i++;
                        continue;
                    }
                    return i + 1 < _text.Length && _text[i + 1] == ':';
                }
            }
            return false;
        }
        for (; i < _text.Length && _text[i] != '\n'; i++)
        {
            if (_text[i] == '#' && _text[i - 1] == ' ')
            {
                return false;
            }
            if (_text[i] == ':' && (i + 1 == _text.Length || _text[i + 1] is ' ' or '\n'))
            {
                return true;
            }
        }
        return false;
    }

    private YamlScalar BlockPlain()
    {
        var (line, column) = (_line, Column);
        RefuseIndicatorStart(flow: false);
        var start = _pos;
        var end = _pos;
        while (At() != '\n' && !(At() == ' ' && At(1) == '#'))
        {
            if (At() == ':' && At(1) is ' ' or '\n')
            {
                throw new Declined();
            }
            RefuseInPlain(flow: false);
            _pos++;
            if (_text[_pos - 1] != ' ')
            {
                end = _pos;
            }
        }
        return new YamlScalar(_text[start..end], true, line, column);
    }

    private YamlNode FlowNode(int depth)
    {
        if (depth >= YamlTreeBuilder.MaxDepth)
        {
            throw new Declined();
        }
        var (line, column) = (_line, Column);
        var mapping = At() == '{';
        var close = mapping ? '}' : ']';
        _pos++;
        SkipSpaces();
        var entries = new List<(YamlNode, YamlNode)>();
        var items = new List<YamlNode>();
        if (At() == close)
        {
            _pos++;
        }
        else
        {
            while (true)
            {
                if (mapping)
                {
                    var key = FlowScalar(key: true);
                    if (At() != ':' || At(1) != ' ')
                    {
                        throw new Declined();
                    }
                    _pos++;
                    SkipSpaces();
                    entries.Add((key, FlowValue(depth + 1)));
                }
                else
                {
                    items.Add(FlowValue(depth + 1));
                }
                SkipSpaces();
                if (At() == ',')
                {
                    _pos++;
                    SkipSpaces();
                    if (At() is '}' or ']')
                    {
                        throw new Declined();
                    }
                    continue;
                }
                if (At() != close)
                {
                    throw new Declined();
                }
                _pos++;
                break;
            }
        }
        return mapping ? new YamlMapping(entries, line, column) : new YamlSequence(items, line, column);
    }

    private YamlNode FlowValue(int depth) => At() is '{' or '[' ? FlowNode(depth) : FlowScalar(key: false);

    private YamlScalar FlowScalar(bool key)
    {
        if (At() == '"')
        {
            return DoubleQuoted();
        }
        if (At() == '\'')
        {
            return SingleQuoted();
        }
        var (line, column) = (_line, Column);
        RefuseIndicatorStart(flow: true);
        var start = _pos;
        var end = _pos;
        while (At() is not (',' or '}' or ']' or '\n'))
        {
            if (At() == ':')
            {
                if (key && At(1) == ' ')
                {
                    break;
                }
                throw new Declined();
            }
            RefuseInPlain(flow: true);
            _pos++;
            if (_text[_pos - 1] != ' ')
            {
                end = _pos;
            }
        }
        if (end == start || (key && (end != _pos || end - start > 1000)))
        {
            throw new Declined();
        }
        var span = _text.AsSpan(start, end - start);
        return new YamlScalar(key ? Intern(span) : span.ToString(), true, line, column);
    }

    private YamlScalar DoubleQuoted()
    {
        var (line, column) = (_line, Column);
        _pos++;
        var start = _pos;
        while (At() is not ('"' or '\\' or '\n'))
        {
            _pos++;
        }
        if (At() == '"')
        {
            _pos++;
            return new YamlScalar(_text[start..(_pos - 1)], false, line, column);
        }
        var value = new System.Text.StringBuilder(_text, start, _pos - start, _pos - start + 16);
        while (true)
        {
            switch (At())
            {
                case '"':
                    _pos++;
                    return new YamlScalar(value.ToString(), false, line, column);
                case '\n':
                    throw new Declined();
                case '\\':
                    value.Append(Escape());
                    break;
                default:
                    value.Append(At());
                    _pos++;
                    break;
            }
        }
    }

    private char Escape()
    {
        var code = At(1);
        _pos += 2;
        switch (code)
        {
            case '\\' or '"' or '/':
                return code;
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'u' when _pos + 4 <= _text.Length && ushort.TryParse(_text.AsSpan(_pos, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var unit) && !char.IsSurrogate((char)unit):
                _pos += 4;
                return (char)unit;
            default:
                throw new Declined();
        }
    }

    private YamlScalar SingleQuoted()
    {
        var (line, column) = (_line, Column);
        _pos++;
        var value = new System.Text.StringBuilder();
        while (true)
        {
            switch (At())
            {
                case '\n':
                    throw new Declined();
                case '\'' when At(1) == '\'':
                    value.Append('\'');
                    _pos += 2;
                    break;
                case '\'':
                    _pos++;
                    return new YamlScalar(value.ToString(), false, line, column);
                default:
                    value.Append(At());
                    _pos++;
                    break;
            }
        }
    }

    // Characters that open something other than a plain scalar (an anchor, alias, tag, block scalar, directive…), or a
    // dash, question mark or colon that might be an indicator: left to YamlDotNet.
    private void RefuseIndicatorStart(bool flow)
    {
        var c = At();
        if (c is ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '?' or ':' or '\'' or '"' or ' ' or '\n'
            || (c == '-' && (At(1) is ' ' or '\n' || (flow && At(1) is ',' or '[' or ']' or '{' or '}'))))
        {
            throw new Declined();
        }
    }

    // A '#' inside a scalar (not a comment) and brackets are where YAML's rules get subtle; a line's end here is a key
    // without its colon.
    private void RefuseInPlain(bool flow)
    {
        var c = At();
        if (c is '#' or '\n' || (flow && c is '[' or '{') || (!flow && c is '[' or ']' or '{' or '}'))
        {
            throw new Declined();
        }
    }

    private string Intern(ReadOnlySpan<char> span)
    {
        if (_keyLookup.TryGetValue(span, out var known))
        {
            return known;
        }
        var text = span.ToString();
        if (_keys.Count < 4096)
        {
            _keys[text] = text;
        }
        return text;
    }

    private void SkipSpaces()
    {
        while (At() == ' ' && !AtEnd)
        {
            _pos++;
        }
    }

    // The rest of the line holds nothing but spaces and a comment.
    private void EndOfLine()
    {
        SkipSpaces();
        if (At() == '#')
        {
            if (_text[_pos - 1] != ' ')
            {
                throw new Declined();
            }
            while (!AtEnd && _text[_pos] != '\n')
            {
                _pos++;
            }
        }
        if (!AtEnd && _text[_pos] != '\n')
        {
            throw new Declined();
        }
    }

    // From the end of a line to the first character of the next line that holds more than spaces and a comment.
    private void NextContentLine()
    {
        if (!AtEnd && _text[_pos] == '\n')
        {
            NewLine();
        }
        NextContentLineFromLineStart();
    }

    private void NextContentLineFromLineStart()
    {
        while (true)
        {
            SkipSpaces();
            if (AtEnd)
            {
                _indent = -1;
                return;
            }
            var c = _text[_pos];
            if (c == '#')
            {
                while (!AtEnd && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            if (!AtEnd && _text[_pos] == '\n')
            {
                NewLine();
                continue;
            }
            if (AtEnd)
            {
                continue;
            }
            _indent = Column - 1;
            if (_indent == 0 && (c == '%' || ((_text.AsSpan(_pos).StartsWith("---") || _text.AsSpan(_pos).StartsWith("...")) && At(3) is ' ' or '\n')))
            {
                throw new Declined();
            }
            return;
        }
    }

    // Thrown where the text leaves the subset; caught once, in TryRead.
    private sealed class Declined : Exception;
}
