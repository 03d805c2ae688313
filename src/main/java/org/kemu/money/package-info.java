/**
 * Exact money: amounts held as whole 分 in a {@code long}, converted to and from 元 and 万元 without loss, and
 * ratios of them. Offers every package that reads, stores or answers amounts {@link org.kemu.money.Money} and
 * {@link org.kemu.money.AmountUnit}; it depends on no other kemu package.
 */
package org.kemu.money;
