package org.kemu.limits;

import java.math.BigInteger;
import java.util.Map;

import graphql.introspection.Introspection;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.kemu.api.Connection;

/**
 * The figures of one operation, measured on the validated document before anything runs.
 *
 * <p>Cost is the number of objects the answer can hold at most: an object field counts 1 plus its selections, a
 * list counts that as often as it can hold items (its {@code first} for a page, its {@link CostTable} cap
 * otherwise), and a few fields add the weight of their work. Scalars are free: they come with their object.
 * Introspection ({@code __schema}, {@code __type}, {@code __typename}) is free and not descended into: it is
 * bounded by the schema, and GraphiQL needs it whole.
 *
 * @param cost           the upper bound, saturating at {@link Long#MAX_VALUE} rather than overflowing
 * @param costliestPath  response keys from the root down the costliest branch, e.g. {@code region.children.parent}
 * @param depth          deepest field nesting
 * @param deepestPath    response keys down to a deepest field
 * @param fields         field selections with fragments expanded; counting stops just past {@code maxFields}
 * @param aliases        aliased field selections
 */
record QueryCost(long cost, String costliestPath, int depth, String deepestPath, int fields, int aliases) {

    static QueryCost of(GraphQLSchema schema, OperationDefinition operation, Map<String, FragmentDefinition> fragments,
                        Map<String, Object> variables, int maxFields) {
        var walk = new Walk(schema, fragments, variables, maxFields);
        var root = (GraphQLCompositeType) switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        try {
            var measure = walk.selections(operation.getSelectionSet(), root, Connection.MAX_PAGE_SIZE);
            return new QueryCost(measure.cost, measure.costPath, measure.depth, measure.depthPath, walk.fields, walk.aliases);
        } catch (TooManyFields stop) {
            // a fragment used in many places can expand to far more fields than the text shows: stop counting
            return new QueryCost(0, "", 0, "", walk.fields, walk.aliases);
        }
    }

    /** The costliest and the deepest branch below one point of the document. */
    private record Measure(long cost, String costPath, int depth, String depthPath) {

        static final Measure NONE = new Measure(0, "", 0, "");

        Measure under(String key, long cost) {
            return new Measure(cost, join(key, costPath), depth + 1, join(key, depthPath));
        }

        private static String join(String key, String path) {
            return path.isEmpty() ? key : key + "." + path;
        }
    }

    private static final class TooManyFields extends RuntimeException {
        TooManyFields() {
            super(null, null, false, false);
        }
    }

    private static final class Walk {

        private final GraphQLSchema schema;
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Object> variables;
        private final int maxFields;
        private int fields;
        private int aliases;

        Walk(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
             int maxFields) {
            this.schema = schema;
            this.fragments = fragments;
            this.variables = variables;
            this.maxFields = maxFields;
        }

        /** {@code pageSize} is the size of an unlisted list here: the {@code first} of the field above. */
        Measure selections(SelectionSet set, GraphQLCompositeType type, int pageSize) {
            long cost = 0;
            var costliest = Measure.NONE;
            var deepest = Measure.NONE;
            for (var selection : set.getSelections()) {
                var measure = switch (selection) {
                    case Field field -> field(field, type, pageSize);
                    case InlineFragment inline -> selections(inline.getSelectionSet(), typeOf(inline.getTypeCondition(), type), pageSize);
                    case FragmentSpread spread -> {
                        var fragment = fragments.get(spread.getName());
                        yield selections(fragment.getSelectionSet(), typeOf(fragment.getTypeCondition(), type), pageSize);
                    }
                    default -> Measure.NONE;
                };
                cost = plus(cost, measure.cost);
                if (measure.cost > costliest.cost) {
                    costliest = measure;
                }
                if (measure.depth > deepest.depth) {
                    deepest = measure;
                }
            }
            return new Measure(cost, costliest.costPath, deepest.depth, deepest.depthPath);
        }

        private Measure field(Field field, GraphQLCompositeType parent, int pageSize) {
            if (field.getName().startsWith("__")) {
                return Measure.NONE;
            }
            if (++fields > maxFields) {
                throw new TooManyFields();
            }
            if (field.getAlias() != null) {
                aliases++;
            }
            var definition = Introspection.getFieldDef(schema, parent, field.getName());
            var parentName = ((GraphQLNamedType) parent).getName();
            var weight = CostTable.weight(parentName, field.getName());
            var key = field.getResultKey();
            if (!(GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLCompositeType type)) {
                return new Measure(weight, key, 1, key);
            }
            var below = selections(field.getSelectionSet(), type, first(field, definition));
            var each = plus(1, below.cost);
            var cost = plus(weight, GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList
                    ? times(CostTable.cap(parentName, field.getName()).orElse(pageSize), each)
                    : each);
            return below.under(key, cost);
        }

        private GraphQLCompositeType typeOf(TypeName condition, GraphQLCompositeType otherwise) {
            return condition == null ? otherwise : (GraphQLCompositeType) schema.getType(condition.getName());
        }

        /**
         * The size of the unlisted lists below a field: the page a field with a {@code first} argument asks for,
         * as its resolver will read it, and otherwise the largest page, which {@code CostTableTests} keeps unused.
         */
        private int first(Field field, GraphQLFieldDefinition definition) {
            if (definition.getArgument("first") == null) {
                return Connection.MAX_PAGE_SIZE;
            }
            var argument = field.getArguments().stream().filter(a -> a.getName().equals("first")).findFirst();
            var value = argument.map(a -> switch (a.getValue()) {
                case IntValue literal -> literal.getValue();
                case VariableReference variable when variables.get(variable.getName()) instanceof Number n ->
                        BigInteger.valueOf(n.longValue());
                default -> null;
            }).orElse(BigInteger.valueOf(Connection.DEFAULT_PAGE_SIZE));
            return value.max(BigInteger.ZERO).min(BigInteger.valueOf(Connection.MAX_PAGE_SIZE)).intValue();
        }
    }

    private static long plus(long a, long b) {
        var sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long times(long a, long b) {
        return Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }
}
