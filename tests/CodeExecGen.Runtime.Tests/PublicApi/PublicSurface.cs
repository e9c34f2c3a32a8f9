using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace CodeExecGen.Runtime.Tests.PublicApi;

/// <summary>
/// An assembly's public surface as text, one line per type and per public or protected member, in C#-like
/// signatures with nullable annotations: "Type: signature". Members a consumer's editor hides
/// ([EditorBrowsable(Never)] on them or on a type around them) are marked so.
/// </summary>
internal static class PublicSurface
{
    public const string HiddenMark = "[EditorBrowsable(Never)] ";

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(char)] = "char", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
        [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
    };

    private static readonly Dictionary<string, string> Operators = new()
    {
        ["op_Equality"] = "operator ==", ["op_Inequality"] = "operator !=", ["op_Implicit"] = "implicit operator", ["op_Explicit"] = "explicit operator",
        ["op_LessThan"] = "operator <", ["op_GreaterThan"] = "operator >", ["op_LessThanOrEqual"] = "operator <=", ["op_GreaterThanOrEqual"] = "operator >=",
    };

    public static IReadOnlyList<string> Describe(Assembly assembly)
    {
        var lines = new List<(string Type, int Order, string Name, string Text)>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var typeName = Name(type);
            var typeHidden = IsHidden(type);
            lines.Add((typeName, 0, "", (typeHidden ? HiddenMark : "") + Declaration(type)));
            if (typeof(Delegate).IsAssignableFrom(type))
            {
                continue; // its signature is its declaration
            }

            foreach (var member in type.GetMembers(Declared).Where(IsVisible))
            {
                if (member is MethodInfo { IsSpecialName: true } accessor && !Operators.ContainsKey(accessor.Name))
                {
                    continue; // property accessors are listed with their property
                }

                if (member is Type)
                {
                    continue; // nested types have lines of their own
                }

                var hidden = typeHidden || IsHidden(member);
                lines.Add((typeName, 1, member.Name, (hidden ? HiddenMark : "") + Signature(member)));
            }
        }

        return lines
            .OrderBy(line => line.Type, StringComparer.Ordinal)
            .ThenBy(line => line.Order)
            .ThenBy(line => line.Name, StringComparer.Ordinal)
            .ThenBy(line => line.Text, StringComparer.Ordinal)
            .Select(line => line.Type + ": " + line.Text)
            .ToList();
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo @event => @event.AddMethod is { } add && IsVisible(add),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem,
        _ => false,
    };

    private static bool IsHidden(MemberInfo member)
    {
        for (MemberInfo? current = member; current is not null; current = current.DeclaringType)
        {
            if (current.GetCustomAttribute<EditorBrowsableAttribute>()?.State == EditorBrowsableState.Never)
            {
                return true;
            }
        }

        return false;
    }

    private static string Declaration(Type type)
    {
        var access = type.IsNestedFamily ? "protected " : "public ";
        if (typeof(Delegate).IsAssignableFrom(type))
        {
            var invoke = type.GetMethod("Invoke")!;
            return access + "delegate " + TypeText(invoke.ReturnParameter) + " " + type.Name.Split('`')[0] + GenericParameters(type.GetGenericArguments()) + Parameters(invoke);
        }

        string kind;
        if (type.IsEnum)
        {
            kind = "enum";
        }
        else if (type.IsInterface)
        {
            kind = "interface";
        }
        else if (type.IsValueType)
        {
            kind = (IsReadOnly(type) ? "readonly " : "") + "struct";
        }
        else
        {
            kind = (type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : "") + "class";
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        // Interfaces the base type brings (ISerializable from Exception) are the base type's.
        bases.AddRange(type.GetInterfaces().Except(type.BaseType?.GetInterfaces() ?? Type.EmptyTypes).Select(Name).OrderBy(name => name, StringComparer.Ordinal));
        return access + kind + " " + type.Name.Split('`')[0] + GenericParameters(type.GetGenericArguments())
            + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "") + Constraints(type.GetGenericArguments());
    }

    private static string Signature(MemberInfo member) => member switch
    {
        ConstructorInfo constructor => Modifiers(constructor) + constructor.DeclaringType!.Name.Split('`')[0] + Parameters(constructor),
        MethodInfo method => Modifiers(method) + MethodSignature(method),
        PropertyInfo property => PropertySignature(property),
        FieldInfo field => FieldSignature(field),
        EventInfo @event => Modifiers(@event.AddMethod!) + "event " + Name(@event.EventHandlerType!) + " " + @event.Name,
        _ => throw new NotSupportedException(member.GetType().Name),
    };

    private static string MethodSignature(MethodInfo method)
    {
        var returns = TypeText(method.ReturnParameter);
        if (Operators.TryGetValue(method.Name, out var op))
        {
            return op.EndsWith("implicit operator", StringComparison.Ordinal) || op.EndsWith("explicit operator", StringComparison.Ordinal)
                ? op + " " + returns + Parameters(method)
                : returns + " " + op + Parameters(method);
        }

        var generics = method.IsGenericMethodDefinition ? method.GetGenericArguments() : Type.EmptyTypes;
        return returns + " " + method.Name + GenericParameters(generics) + Parameters(method) + Constraints(generics);
    }

    private static string PropertySignature(PropertyInfo property)
    {
        var accessor = property.GetAccessors(nonPublic: true).First(IsVisible);
        var accessors = new List<string>();
        if (property.GetMethod is { } get && IsVisible(get))
        {
            accessors.Add("get;");
        }

        if (property.SetMethod is { } set && IsVisible(set))
        {
            accessors.Add(set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) ? "init;" : "set;");
        }

        var indexParameters = property.GetIndexParameters();
        var name = indexParameters.Length == 0 ? property.Name : "this[" + string.Join(", ", indexParameters.Select(Parameter)) + "]";
        return Modifiers(accessor) + TypeText(Nullability.Create(property), property.PropertyType) + " " + name + " { " + string.Join(" ", accessors) + " }";
    }

    private static string FieldSignature(FieldInfo field)
    {
        var access = field.IsPublic ? "public " : "protected ";
        var type = TypeText(Nullability.Create(field), field.FieldType);
        if (field.IsLiteral)
        {
            return access + "const " + type + " " + field.Name + " = " + Literal(field.GetRawConstantValue());
        }

        return access + (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "") + type + " " + field.Name;
    }

    private static string Modifiers(MethodBase method)
    {
        var text = method.IsPublic ? "public " : method.IsFamilyOrAssembly ? "protected internal " : "protected ";
        if (method.IsStatic)
        {
            return text + "static ";
        }

        if (method is MethodInfo info && info.GetBaseDefinition().DeclaringType != info.DeclaringType)
        {
            return text + (method.IsFinal ? "sealed override " : "override ");
        }

        if (method.IsAbstract)
        {
            return text + "abstract ";
        }

        return method.IsVirtual && !method.IsFinal ? text + "virtual " : text;
    }

    private static string Parameters(MethodBase method) => "(" + string.Join(", ", method.GetParameters().Select(Parameter)) + ")";

    private static string Parameter(ParameterInfo parameter)
    {
        var prefix = "";
        if (parameter.ParameterType.IsByRef)
        {
            prefix = parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
        }
        else if (parameter.GetCustomAttribute<ParamArrayAttribute>() is not null)
        {
            prefix = "params ";
        }

        var text = prefix + TypeText(parameter) + " " + parameter.Name;
        if (parameter.HasDefaultValue)
        {
            text += " = " + (parameter.DefaultValue is null ? (parameter.ParameterType.IsValueType ? "default" : "null") : Literal(parameter.DefaultValue));
        }

        return text;
    }

    private static string TypeText(ParameterInfo parameter)
    {
        var type = parameter.ParameterType.IsByRef ? parameter.ParameterType.GetElementType()! : parameter.ParameterType;
        return TypeText(Nullability.Create(parameter), type);
    }

    /// <summary>A type as C# writes it, with <c>?</c> where the nullable annotations put one.</summary>
    private static string TypeText(NullabilityInfo? nullability, Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeText(nullability?.GenericTypeArguments.FirstOrDefault(), underlying) + "?";
        }

        string text;
        if (type.IsArray)
        {
            text = TypeText(nullability?.ElementType, type.GetElementType()!) + "[]";
        }
        else if (type.IsGenericType)
        {
            var infos = nullability?.GenericTypeArguments;
            var arguments = string.Join(", ", type.GetGenericArguments().Select((argument, i) => TypeText(infos is { } known && i < known.Length ? known[i] : null, argument)));
            text = type.GetGenericTypeDefinition().FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal)
                ? "(" + arguments + ")"
                : Name(type.GetGenericTypeDefinition()).Split('<')[0] + "<" + arguments + ">";
        }
        else
        {
            text = Name(type);
        }

        // An unconstrained T reads as "maybe null" to NullabilityInfoContext whether or not it is written T?;
        // the runtime writes no T?, so a type parameter is shown as written.
        return !type.IsValueType && !type.IsGenericParameter && nullability?.ReadState == NullabilityState.Nullable ? text + "?" : text;
    }

    private static string Name(Type type)
    {
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        var name = type.IsNested ? Name(type.DeclaringType!).Split('<')[0] + "." + type.Name : type.Namespace + "." + type.Name;
        name = name.Split('`')[0];
        if (type.IsGenericType)
        {
            var own = type.GetGenericArguments().Skip(type.DeclaringType?.GetGenericArguments().Length ?? 0);
            name += "<" + string.Join(", ", own.Select(Name)) + ">";
        }

        return name;
    }

    private static string GenericParameters(Type[] parameters)
        => parameters.Length == 0 ? "" : "<" + string.Join(", ", parameters.Select(parameter => parameter.Name)) + ">";

    private static string Constraints(Type[] parameters)
    {
        var text = "";
        foreach (var parameter in parameters.Where(p => p.IsGenericParameter))
        {
            var constraints = new List<string>();
            var attributes = parameter.GenericParameterAttributes;
            if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                constraints.Add("class");
            }

            if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                constraints.Add("struct");
            }

            constraints.AddRange(parameter.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(Name).OrderBy(n => n, StringComparer.Ordinal));
            if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                constraints.Add("new()");
            }

            if (constraints.Count > 0)
            {
                text += " where " + parameter.Name + " : " + string.Join(", ", constraints);
            }
        }

        return text;
    }

    private static bool IsReadOnly(Type type)
        => type.GetCustomAttributes(inherit: false).Any(attribute => attribute.GetType().FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute");

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
