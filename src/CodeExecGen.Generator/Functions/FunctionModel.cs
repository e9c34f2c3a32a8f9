using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Helpers;

namespace CodeExecGen.Generator.Functions;

/// <summary>What a value is on the wire and in C#, for a parameter, a property or a return value.</summary>
internal enum ShapeKind
{
    String,
    Boolean,

    /// <summary>Any integer type up to 32 bits (<see cref="ValueShape.Minimum"/> and <see cref="ValueShape.Maximum"/> hold its range).</summary>
    Int32,
    Int64,
    UInt64,
    Double,
    Single,
    Decimal,
    Enum,
    DateTimeOffset,
    TimeSpan,
    Timestamp,
    Duration,
    Json,
    Array,
    Object,
}

/// <summary>
/// A C# type the generated dispatcher can bind from JSON and describe as JSON Schema. Equatable: no
/// symbols. <see cref="TypeName"/> is fully qualified and without the nullable mark.
/// </summary>
internal sealed record ValueShape(
    ShapeKind Kind,
    string TypeName,
    bool IsNullable = false,
    bool IsValueType = true,
    ValueShape? Element = null,
    bool IsList = false,
    EquatableArray<MemberShape> Members = default,
    EquatableArray<EnumMemberShape> EnumMembers = default,
    string? Minimum = null,
    string? Maximum = null);

/// <summary>
/// A property of an object shape (<see cref="Name"/> is the property's), <see cref="ConstructorParameter"/>
/// when a constructor takes it, in order. A
/// property with an <c>init</c> accessor, or a C# <c>required</c> one (<see cref="Required"/> and not a
/// constructor parameter), can only be set in an object initializer: <see cref="InInitializer"/>.
/// </summary>
internal sealed record MemberShape(string Name, string JsonName, ValueShape Shape, bool Required, string? Description, bool ConstructorParameter, string? DefaultValue, bool InitOnly = false)
{
    public bool InInitializer => !ConstructorParameter && (Required || InitOnly);
}

/// <summary>An enum member: its C# name, its name on the wire, and its value (aliases share one).</summary>
internal sealed record EnumMemberShape(string Name, string WireName, string Value);

/// <summary>A parameter of a function; a <c>CancellationToken</c> has no shape and is passed through.</summary>
internal sealed record FunctionParameterSpec(string Name, string JsonName, ValueShape? Shape, bool Required, string? DefaultValue, string? Description)
{
    public bool IsCancellationToken => Shape is null;
}

internal enum ReturnKind
{
    Void,
    Value,
    Task,
    TaskOfValue,
    ValueTask,
    ValueTaskOfValue,
}

/// <summary>One <c>[GeminiFunction]</c> method. No location: moving a method does not re-emit its tool.</summary>
internal sealed record FunctionSpec(
    string MethodName,
    string FunctionName,
    string Description,
    bool IsStatic,
    EquatableArray<FunctionParameterSpec> Parameters,
    ReturnKind Return,
    ValueShape? ReturnShape);

/// <summary>A type that declares the class: its keyword (<c>partial class</c>, <c>partial record</c>) and name.</summary>
internal sealed record ContainingType(string Keyword, string Name);

/// <summary>The functions of one partial class, what it is nested in, and the Gemini namespace its code uses.</summary>
internal sealed record FunctionToolSpec(
    string? Namespace,
    EquatableArray<ContainingType> Types,
    string HintName,
    EquatableArray<FunctionSpec> Functions)
{
    public bool HasInstanceFunctions
    {
        get
        {
            foreach (var function in Functions)
            {
                if (!function.IsStatic)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>What the parser found for one annotated method: its class, the function (null when refused), and the problems.</summary>
internal sealed record FunctionMethodResult(
    string? Namespace,
    EquatableArray<ContainingType> Types,
    string ClassKey,
    FunctionSpec? Function,
    EquatableArray<DiagnosticInfo> Diagnostics,
    LocationInfo Location);
