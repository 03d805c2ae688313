package org.kemu.report;

/** Which funds a figure covers, from the widest (all funds) to single appropriation types. */
public enum Fund {
    ALL, FISCAL, GENERAL_PUBLIC_BUDGET, GOV_FUND, STATE_CAPITAL
}
