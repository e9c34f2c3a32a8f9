namespace CodeExecGen.Generator.Emit;

/// <summary>
/// What emitted converters call in the shipped Support/JsonRuntime.cs, each qualified name spelled once.
/// The support code is text to this assembly; RuntimeContractTests compiles it and checks that every
/// name here is a member of it, so a rename on either side fails a test, not a consumer's build.
/// </summary>
internal static class JsonRuntime
{
    /// <summary>The runtime's namespace of the JSON rules.</summary>
    public const string Namespace = "global::CodeExecGen.Serialization";

    public const string Type = Namespace + "." + nameof(JsonRuntime);

    /// <summary>The delegate a converter's <c>Element</c> has: reads one non-null value.</summary>
    public const string ValueReader = Namespace + ".JsonValueReader";

    /// <summary>The delegate an escaped name is matched with.</summary>
    public const string NameMatcher = Namespace + ".JsonNameMatcher";

    public const string EnterObject = Type + "." + nameof(EnterObject);
    public const string Next = Type + "." + nameof(Next);
    public const string MatchEscapedName = Type + "." + nameof(MatchEscapedName);
    public const string Utf8Equals = Type + "." + nameof(Utf8Equals);
    public const string KeepRaw = Type + "." + nameof(KeepRaw);
    public const string ReadList = Type + "." + nameof(ReadList);
    public const string ReadMap = Type + "." + nameof(ReadMap);
    public const string TryReadEnumList = Type + "." + nameof(TryReadEnumList);
    public const string TryReadEnumMap = Type + "." + nameof(TryReadEnumMap);
    public const string Unexpected = Type + "." + nameof(Unexpected);
    public const string ReadString = Type + "." + nameof(ReadString);
    public const string ReadText = Type + "." + nameof(ReadText);
    public const string ReadBoolean = Type + "." + nameof(ReadBoolean);
    public const string ReadInt32 = Type + "." + nameof(ReadInt32);
    public const string ReadUInt32 = Type + "." + nameof(ReadUInt32);
    public const string ReadInt64 = Type + "." + nameof(ReadInt64);
    public const string ReadUInt64 = Type + "." + nameof(ReadUInt64);
    public const string ReadSingle = Type + "." + nameof(ReadSingle);
    public const string ReadDouble = Type + "." + nameof(ReadDouble);
    public const string ReadAny = Type + "." + nameof(ReadAny);
    public const string TryReadBytes = Type + "." + nameof(TryReadBytes);
    public const string TryReadTimestamp = Type + "." + nameof(TryReadTimestamp);
    public const string TryReadDuration = Type + "." + nameof(TryReadDuration);
    public const string StringElement = Type + "." + nameof(StringElement);
    public const string BooleanElement = Type + "." + nameof(BooleanElement);
    public const string Int32Element = Type + "." + nameof(Int32Element);
    public const string UInt32Element = Type + "." + nameof(UInt32Element);
    public const string Int64Element = Type + "." + nameof(Int64Element);
    public const string UInt64Element = Type + "." + nameof(UInt64Element);
    public const string SingleElement = Type + "." + nameof(SingleElement);
    public const string DoubleElement = Type + "." + nameof(DoubleElement);
    public const string BytesElement = Type + "." + nameof(BytesElement);
    public const string TimestampElement = Type + "." + nameof(TimestampElement);
    public const string DurationElement = Type + "." + nameof(DurationElement);
    public const string AnyElement = Type + "." + nameof(AnyElement);
    public const string StartObject = Type + "." + nameof(StartObject);
    public const string EndObject = Type + "." + nameof(EndObject);
    public const string StartArray = Type + "." + nameof(StartArray);
    public const string EndArray = Type + "." + nameof(EndArray);
    public const string WriteName = Type + "." + nameof(WriteName);
    public const string WriteKey = Type + "." + nameof(WriteKey);
    public const string WriteString = Type + "." + nameof(WriteString);
    public const string WriteBoolean = Type + "." + nameof(WriteBoolean);
    public const string WriteInt32 = Type + "." + nameof(WriteInt32);
    public const string WriteUInt32 = Type + "." + nameof(WriteUInt32);
    public const string WriteBytes = Type + "." + nameof(WriteBytes);
    public const string WriteStringValue = Type + "." + nameof(WriteStringValue);
    public const string WriteEncodedValue = Type + "." + nameof(WriteEncodedValue);
    public const string WriteBooleanValue = Type + "." + nameof(WriteBooleanValue);
    public const string WriteInt32Value = Type + "." + nameof(WriteInt32Value);
    public const string WriteUInt32Value = Type + "." + nameof(WriteUInt32Value);
    public const string WriteBytesValue = Type + "." + nameof(WriteBytesValue);
    public const string WriteInt64String = Type + "." + nameof(WriteInt64String);
    public const string WriteUInt64String = Type + "." + nameof(WriteUInt64String);
    public const string EncodeName = Type + "." + nameof(EncodeName);
    public const string EncodeNames = Type + "." + nameof(EncodeNames);
    public const string WriteExtensionData = Type + "." + nameof(WriteExtensionData);
    public const string WriteSingleValue = Type + "." + nameof(WriteSingleValue);
    public const string WriteDoubleValue = Type + "." + nameof(WriteDoubleValue);
    public const string UnionConflict = Type + "." + nameof(UnionConflict);
    public const string UnknownEnumValue = Type + "." + nameof(UnknownEnumValue);
    public const string UndefinedEnumValue = Type + "." + nameof(UndefinedEnumValue);
    public const string NullElement = Type + "." + nameof(NullElement);
    public const string PrependPath = Type + "." + nameof(PrependPath);
    public const string HasPath = Type + "." + nameof(HasPath);
    public const string WithPath = Type + "." + nameof(WithPath);
}

/// <summary>The members every generated converter has, which other converters, the resolver and ModelJson call.</summary>
internal static class ConverterMembers
{
    /// <summary>Reads one value, the token on the value (object converters).</summary>
    public const string ReadValue = nameof(ReadValue);

    /// <summary>Writes one value (object converters).</summary>
    public const string WriteValue = nameof(WriteValue);

    /// <summary>A <c>JsonValueReader</c> for an array element or map value, which must not be null.</summary>
    public const string Element = nameof(Element);

    /// <summary>Reads an enum value; false for one this revision does not know (enum converters).</summary>
    public const string TryReadValue = nameof(TryReadValue);

    /// <summary>Parses an enum wire value (enum converters).</summary>
    public const string Parse = nameof(Parse);

    /// <summary>An enum value's wire name (enum converters).</summary>
    public const string WireName = nameof(WireName);
}
